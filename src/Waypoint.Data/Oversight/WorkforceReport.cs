using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.Domain.Workforce;
using Waypoint.Domain.Workload;

namespace Waypoint.Data.Oversight;

/// <summary>Staff in post of one grade against the posts funded for it.</summary>
public sealed record GradeInPost(Grade Grade, int Headcount, decimal Fte, decimal? FundedFte, decimal? VacancyFte);

public sealed record TraineeInPost(int StaffMemberId, string Name, string Team, DateOnly TrainingStarted, DateOnly ProtectionEnds);

public sealed record OverCapacity(int StaffMemberId, string Name, string Team, Grade Grade, decimal Percent);

/// <summary>One month's end in the 12-month trend.</summary>
public sealed record WorkforceMonth(DateOnly MonthEnd, int Headcount, decimal Fte, decimal CaseHoldingFte, decimal NeededFte, int OverCapacity, decimal? SicknessDaysPerFte);

/// <summary>A diversity group: staff in post by grade, all staff, and the people on probation in the same area.</summary>
public sealed record DiversityGroup(string Group, IReadOnlyDictionary<Grade, int> ByGrade, int Staff, int Caseload);

public sealed record WorkforceData(
    IReadOnlyList<GradeInPost> Grades,
    decimal CaseHoldingFte,
    decimal CapacityFte,
    long WorkloadPoints,
    int NominalTarget,
    decimal NeededFte,
    IReadOnlyList<TraineeInPost> Trainees,
    SicknessSummary Sickness,
    int Leavers,
    decimal? TurnoverPercent,
    IReadOnlyList<(string Reason, int Count)> LeavingReasons,
    IReadOnlyList<OverCapacity> OverCapacity,
    IReadOnlyList<WorkforceMonth> Trend,
    IReadOnlyList<DiversityGroup> Diversity,
    int StaffInPost,
    int CaseloadPeople);

/// <summary>
/// Workforce for a team, PDU or region on a day: staff in post by grade (headcount and FTE) against funded posts, the
/// FTE the caseload needs (its workload points ÷ a full-time practitioner's nominal target) against case-holding FTE
/// and capacity, trainees and when their protection ends, sickness absence per FTE over 12 months and its long-term
/// share, leavers and turnover over 12 months, practitioners over 110%, a 12-month trend, and workforce diversity by
/// grade beside the caseload's. Past months use each member of staff's current contracted hours.
/// </summary>
public static class WorkforceReport
{
    public static readonly Grade[] Grades = [Grade.Po, Grade.Pso, Grade.Pqip, Grade.Spo, Grade.HeadOfPdu];

    public static async Task<WorkforceData> ReadAsync(WaypointDbContext db, EqualityArea area, int areaId, DateOnly today, EqualityDimension dimension, CancellationToken cancellationToken)
    {
        var staffQuery = db.StaffMembers.AsNoTracking().Where(s => s.Grade != Grade.Administrator);
        var teams = db.Teams.AsNoTracking();
        var people = db.People.AsNoTracking().Where(p => p.ResponsibleTeam != null);
        (staffQuery, teams, people) = area switch
        {
            EqualityArea.Team => (staffQuery.Where(s => s.TeamId == areaId), teams.Where(t => t.Id == areaId), people.Where(p => p.ResponsibleTeamId == areaId)),
            EqualityArea.Pdu => (staffQuery.Where(s => s.Team.PduId == areaId), teams.Where(t => t.PduId == areaId), people.Where(p => p.ResponsibleTeam!.PduId == areaId)),
            _ => (staffQuery.Where(s => s.Team.Pdu.RegionId == areaId), teams.Where(t => t.Pdu.RegionId == areaId), people.Where(p => p.ResponsibleTeam!.Pdu.RegionId == areaId)),
        };
        var staff = await staffQuery
            .Select(s => new
            {
                s.Id, Name = s.FirstName + " " + s.LastName, s.Grade, s.ContractedHours, s.IsActive, s.StartedOn, s.LeftOn, s.LeavingReason, s.TraineeStartDate,
                Team = s.Team.Name, s.Ethnicity, s.Gender, s.DateOfBirth,
            })
            .ToListAsync(cancellationToken);
        var teamIds = await teams.Select(t => t.Id).ToListAsync(cancellationToken);
        var funded = await db.FundedPosts.AsNoTracking().Where(f => teamIds.Contains(f.TeamId)).ToListAsync(cancellationToken);
        var ids = staff.Select(s => s.Id).ToList();
        var yearAgo = today.AddYears(-1);
        var trendStart = today.AddMonths(-13);
        var snapshots = await db.WorkloadSnapshots.AsNoTracking().Where(w => ids.Contains(w.StaffMemberId) && w.Date > trendStart && w.Date <= today)
            .Select(w => new { w.StaffMemberId, w.Date, w.TotalPoints, w.AvailablePoints, w.CapacityPercent })
            .ToListAsync(cancellationToken);
        var sickness = await db.StaffAbsences.AsNoTracking()
            .Where(a => ids.Contains(a.StaffMemberId) && a.Kind == AbsenceKind.Sickness && a.To > yearAgo && a.From <= today)
            .Select(a => new { a.StaffMemberId, a.From, a.To })
            .ToListAsync(cancellationToken);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        var weights = WeightSet.InForce(await Risk.WorkloadRecalculator.WeightSetsAsync(db, cancellationToken), today);
        var nominalTarget = weights.Capacity.TryGetValue(Grade.Po, out var po) ? po.NominalTarget : 0;

        bool InPost(int index, DateOnly on)
        {
            var s = staff[index];
            return (s.IsActive || s.LeftOn is not null) && WorkforceMeasures.InPost(s.StartedOn, s.LeftOn, on);
        }

        var fte = staff.ToDictionary(s => s.Id, s => WorkforceMeasures.Fte(s.ContractedHours));
        var snapshotsByStaff = snapshots.GroupBy(w => w.StaffMemberId).ToDictionary(g => g.Key, g => g.OrderBy(w => w.Date).ToList());

        // The workload on a day: each practitioner's latest figure in the five weeks up to it.
        (long Points, long Available, int Over) WorkloadOn(DateOnly day, IEnumerable<int> holders)
        {
            long points = 0, available = 0;
            var over = 0;
            foreach (var id in holders)
            {
                if (snapshotsByStaff.TryGetValue(id, out var list) && list.LastOrDefault(w => w.Date <= day && w.Date > day.AddDays(-35)) is { } w)
                {
                    points += w.TotalPoints;
                    available += w.AvailablePoints;
                    over += w.CapacityPercent > WorkforceMeasures.OverCapacityPercent ? 1 : 0;
                }
            }

            return (points, available, over);
        }

        decimal? FundedOn(Grade grade, DateOnly day)
        {
            var current = funded.Where(f => f.Grade == grade && f.EffectiveFrom <= day).GroupBy(f => f.TeamId).Select(g => g.MaxBy(f => f.EffectiveFrom)!.Fte).ToList();
            return current.Count == 0 ? null : current.Sum();
        }

        var inPostToday = Enumerable.Range(0, staff.Count).Where(i => InPost(i, today)).Select(i => staff[i]).ToList();
        var grades = Grades.Select(g =>
            {
                var here = inPostToday.Where(s => s.Grade == g).ToList();
                var inPostFte = here.Sum(s => fte[s.Id]);
                var fundedFte = FundedOn(g, today);
                return new GradeInPost(g, here.Count, inPostFte, fundedFte, fundedFte is { } f ? WorkforceMeasures.Vacancy(f, inPostFte) : null);
            })
            .Where(g => g.Headcount > 0 || g.FundedFte is not null)
            .ToList();
        var holdersToday = inPostToday.Where(s => GradeNames.HoldsCases(s.Grade)).ToList();
        var (pointsToday, availableToday, _) = WorkloadOn(today, holdersToday.Select(s => s.Id));

        var months = WorkforceMeasures.MonthEnds(today);
        var trend = new List<WorkforceMonth>();
        foreach (var end in months)
        {
            var start = new DateOnly(end.Year, end.Month, 1);
            var inPost = Enumerable.Range(0, staff.Count).Where(i => InPost(i, end)).Select(i => staff[i]).ToList();
            var holders = inPost.Where(s => GradeNames.HoldsCases(s.Grade)).ToList();
            var (points, _, over) = WorkloadOn(end, holders.Select(s => s.Id));
            var monthFte = inPost.Sum(s => fte[s.Id]);
            var monthSickness = WorkforceMeasures.Sickness(sickness.Select(a => new SicknessSpell(a.From, a.To, fte.GetValueOrDefault(a.StaffMemberId))), start, end, monthFte, holidays);
            trend.Add(new WorkforceMonth(end, inPost.Count, monthFte, holders.Sum(s => fte[s.Id]), WorkforceMeasures.FteForPoints(points, nominalTarget), over, monthSickness.DaysPerFte));
        }

        var averageFte = trend.Count == 0 ? 0 : trend.Average(m => m.Fte);
        var averageHeadcount = trend.Count == 0 ? 0 : (decimal)trend.Average(m => m.Headcount);
        var yearSickness = WorkforceMeasures.Sickness(sickness.Select(a => new SicknessSpell(a.From, a.To, fte.GetValueOrDefault(a.StaffMemberId))), yearAgo.AddDays(1), today, averageFte, holidays);
        var leavers = staff.Where(s => s.LeftOn is { } left && left > yearAgo && left <= today).ToList();

        var latestToday = holdersToday
            .Select(s => (s, w: snapshotsByStaff.TryGetValue(s.Id, out var list) ? list.LastOrDefault(w => w.Date <= today && w.Date > today.AddDays(-35)) : null))
            .Where(x => x.w is not null && x.w.CapacityPercent > WorkforceMeasures.OverCapacityPercent)
            .Select(x => new OverCapacity(x.s.Id, x.s.Name, x.s.Team, x.s.Grade, x.w!.CapacityPercent))
            .OrderByDescending(o => o.Percent).ToList();

        var trainees = inPostToday.Where(s => s.Grade == Grade.Pqip && s.TraineeStartDate is not null)
            .Select(s => new TraineeInPost(s.Id, s.Name, s.Team, s.TraineeStartDate!.Value, WorkforceMeasures.TraineeProtectionEnds(s.TraineeStartDate.Value)))
            .OrderBy(t => t.ProtectionEnds).ToList();

        var caseload = await people.Select(p => new { p.Ethnicity, p.Gender, p.DateOfBirth }).ToListAsync(cancellationToken);
        string StaffGroup(Ethnicity? ethnicity, Gender? gender, DateOnly? birth) => dimension switch
        {
            EqualityDimension.Gender => gender is { } g ? GenderName(g) : "Not stated",
            EqualityDimension.AgeBand => birth is { } b ? EqualityReport.AgeBand(b, today) : "Not stated",
            _ => ethnicity is { } e ? EqualityReport.EthnicityName(e) : "Not stated",
        };
        var staffGroups = inPostToday.GroupBy(s => StaffGroup(s.Ethnicity, s.Gender, s.DateOfBirth)).ToDictionary(g => g.Key, g => g.ToList());
        var caseloadGroups = caseload.GroupBy(p => StaffGroup(p.Ethnicity, p.Gender, p.DateOfBirth)).ToDictionary(g => g.Key, g => g.Count());
        var order = DiversityOrder(dimension);
        var diversity = staffGroups.Keys.Union(caseloadGroups.Keys)
            .OrderBy(g => Array.IndexOf(order, g) is var i && i >= 0 ? i : int.MaxValue).ThenBy(g => g, StringComparer.Ordinal)
            .Select(g => new DiversityGroup(g,
                Grades.ToDictionary(grade => grade, grade => staffGroups.TryGetValue(g, out var list) ? list.Count(s => s.Grade == grade) : 0),
                staffGroups.TryGetValue(g, out var all) ? all.Count : 0, caseloadGroups.GetValueOrDefault(g)))
            .ToList();

        return new WorkforceData(grades, holdersToday.Sum(s => fte[s.Id]), WorkforceMeasures.FteForPoints(availableToday, nominalTarget), pointsToday, nominalTarget,
            WorkforceMeasures.FteForPoints(pointsToday, nominalTarget), trainees, yearSickness, leavers.Count, WorkforceMeasures.TurnoverPercent(leavers.Count, averageHeadcount),
            leavers.GroupBy(l => l.LeavingReason ?? "Not recorded").Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ToList(),
            latestToday, trend, diversity, inPostToday.Count, caseload.Count);
    }

    public static string GenderName(Gender gender) => gender switch { Gender.Female => "Female", Gender.Male => "Male", _ => "Not known" };

    private static string[] DiversityOrder(EqualityDimension dimension) => dimension switch
    {
        EqualityDimension.Ethnicity => [EqualityReport.WhiteBritish, "White other", "Black or Black British", "Asian or Asian British", "Mixed", "Other ethnic group", "Not stated"],
        EqualityDimension.AgeBand => ["Under 18", "18 to 24", "25 to 34", "35 to 49", "50 and over", "Not stated"],
        EqualityDimension.Gender => ["Female", "Male", "Not known", "Not stated"],
        _ => [],
    };
}
