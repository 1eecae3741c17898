using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Oversight;
using Waypoint.Domain.People;
using Waypoint.Domain.Workload;

namespace Waypoint.Data.Oversight;

public enum EqualityMeasure
{
    Warnings = 1,
    Breaches,
    Recalls,
    UnacceptableAbsences,
    /// <summary>Of the people first allocated in the period, those who waited longer than their allocation target.</summary>
    AllocationWait,
    /// <summary>People with an assessment completed in the period (a higher rate is better).</summary>
    AssessmentCompleted,
    /// <summary>People referred to a rehabilitative service in the period (a higher rate is better).</summary>
    Referrals,
}

public enum EqualityDimension
{
    Ethnicity = 1,
    Gender,
    AgeBand,
    Disability,
}

public enum EqualityArea
{
    Team = 1,
    Pdu,
    Region,
}

/// <summary>
/// Each group's people and how many of them had the outcome in the period; for allocation waits, also each group's
/// median working days waited.
/// </summary>
public sealed record EqualityRows(IReadOnlyList<GroupRate> Groups, string Reference, int People, int PeopleWithOutcome, IReadOnlyDictionary<string, double>? Medians = null);

/// <summary>
/// Equality monitoring: of the people supervised in an area, how many in each group (ethnicity, gender, age band,
/// disability) had an outcome in the period — a warning, a breach, a recall (decisions in force or awaiting
/// countersignature, not superseded), an absence judged unacceptable, a completed assessment or a referral to a
/// service; and of those first allocated in the period, how many waited longer than their target. People, not events,
/// so each rate is a proportion and the relative rate index's interval is the one for a ratio of two proportions.
/// </summary>
public static class EqualityReport
{
    public const string WhiteBritish = "White British";

    public static async Task<EqualityRows> ReadAsync(WaypointDbContext db, EqualityArea area, int areaId, DateOnly from, DateOnly to, EqualityMeasure measure, EqualityDimension dimension, CancellationToken cancellationToken,
        string? reference = null)
    {
        var people = db.People.AsNoTracking().Where(p => p.ResponsibleTeam != null);
        people = area switch
        {
            EqualityArea.Team => people.Where(p => p.ResponsibleTeamId == areaId),
            EqualityArea.Pdu => people.Where(p => p.ResponsibleTeam!.PduId == areaId),
            _ => people.Where(p => p.ResponsibleTeam!.Pdu.RegionId == areaId),
        };
        var fromUtc = UkClock.ToUtc(from, TimeOnly.MinValue);
        var toUtc = UkClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var rows = measure switch
        {
            EqualityMeasure.AllocationWait => await AllocationWaitsAsync(db, people, from, to, cancellationToken),
            EqualityMeasure.AssessmentCompleted => await WithOutcomeAsync(people, people.Where(p => db.Assessments.Any(a => a.PersonId == p.Id && a.CompletedAt >= fromUtc && a.CompletedAt < toUtc
                && (a.Status == AssessmentStatus.Completed || a.Status == AssessmentStatus.Superseded || a.Status == AssessmentStatus.AwaitingCountersignature))), cancellationToken),
            EqualityMeasure.Referrals => await WithOutcomeAsync(people, people.Where(p => db.Referrals.Any(r => r.PersonId == p.Id && r.ReferredOn >= from && r.ReferredOn <= to)), cancellationToken),
            EqualityMeasure.UnacceptableAbsences => await WithOutcomeAsync(people,
                people.Where(p => db.Appointments.Any(a => a.PersonId == p.Id && a.AbsenceJudgement == AbsenceJudgement.Unacceptable && a.Start >= fromUtc && a.Start < toUtc)), cancellationToken),
            _ => await WithOutcomeAsync(people, people.Where(p => db.EnforcementDecisions.Any(d => d.PersonId == p.Id && d.Decision == (measure == EqualityMeasure.Warnings
                        ? EnforcementAction.Warning : measure == EqualityMeasure.Breaches ? EnforcementAction.BreachAction : EnforcementAction.Recall)
                    && d.DecidedAt >= fromUtc && d.DecidedAt < toUtc && (d.Status == DecisionStatus.InForce || d.Status == DecisionStatus.AwaitingCountersignature))), cancellationToken),
        };

        string GroupOf(Row r) => dimension switch
        {
            EqualityDimension.Ethnicity => EthnicityName(r.Ethnicity),
            EqualityDimension.Gender => r.Gender switch { Gender.Female => "Female", Gender.Male => "Male", _ => "Not known" },
            EqualityDimension.AgeBand => AgeBand(r.DateOfBirth, to),
            _ => string.IsNullOrWhiteSpace(r.Disability) || r.Disability.Equals("None", StringComparison.OrdinalIgnoreCase) ? "No disability recorded" : "Disability recorded",
        };

        var grouped = rows.GroupBy(GroupOf).ToList();
        var groups = grouped.Select(g => new GroupRate(g.Key, g.Count(r => r.Outcome), g.Count())).ToList();
        var medians = measure == EqualityMeasure.AllocationWait
            ? grouped.ToDictionary(g => g.Key, g => Median(g.Select(r => r.Value!.Value).ToList()))
            : null;
        reference = groups.Any(g => g.Group == reference) ? reference! : DefaultReference(dimension);
        var order = Order(dimension);
        groups = groups.OrderBy(g => g.Group == reference ? -1 : Array.IndexOf(order, g.Group) is var i && i >= 0 ? i : int.MaxValue).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        return new EqualityRows(groups, reference, rows.Count, rows.Count(r => r.Outcome), medians);
    }

    /// <summary>The group others are compared with unless the user chooses another: White British, male, 25 to 34, no disability recorded.</summary>
    public static string DefaultReference(EqualityDimension dimension) => dimension switch
        {
            EqualityDimension.Ethnicity => WhiteBritish,
            EqualityDimension.Gender => "Male",
            EqualityDimension.AgeBand => "25 to 34",
            _ => "No disability recorded",
        };

    private sealed record Row(Ethnicity Ethnicity, Gender Gender, DateOnly DateOfBirth, string? Disability, bool Outcome, double? Value);

    /// <summary>Every person in the area, marked when they are among those with the outcome (warnings, breaches and recalls count when in force or awaiting countersignature).</summary>
    private static async Task<List<Row>> WithOutcomeAsync(IQueryable<Person> people, IQueryable<Person> withOutcome, CancellationToken cancellationToken)
    {
        var ids = (await withOutcome.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        return (await people.Select(p => new { p.Id, p.Ethnicity, p.Gender, p.DateOfBirth, p.Disability }).ToListAsync(cancellationToken))
            .Select(r => new Row(r.Ethnicity, r.Gender, r.DateOfBirth, r.Disability, ids.Contains(r.Id), null)).ToList();
    }

    /// <summary>
    /// People whose first allocation fell in the period: the working days from the start of their supervision (sentence,
    /// or release for a licence) to that allocation, and whether that beat their target (2 working days for high or very
    /// high RoSH or MAPPA, otherwise 5).
    /// </summary>
    private static async Task<List<Row>> AllocationWaitsAsync(WaypointDbContext db, IQueryable<Person> people, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var allocated = await people
            .Select(p => new
            {
                p.Ethnicity, p.Gender, p.DateOfBirth, p.Disability, p.CurrentRosh,
                Mappa = p.Registrations.Any(r => r.EndedOn == null && r.Type == Domain.Sentencing.RegistrationType.Mappa),
                First = db.Allocations.Where(a => a.PersonId == p.Id).Min(a => (DateOnly?)a.From),
                Sentence = p.Events.Where(e => e.IsActive && e.Sentence != null).OrderByDescending(e => e.ConvictionDate)
                    .Select(e => new { e.Sentence!.Type, e.Sentence.SentenceDate, e.Sentence.ReleaseDate }).FirstOrDefault(),
            })
            .Where(p => p.First >= from && p.First <= to)
            .ToListAsync(cancellationToken);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        var rows = new List<Row>();
        foreach (var p in allocated)
        {
            var since = Allocations.AllocationService.WaitingSince(p.Sentence?.Type, p.Sentence?.SentenceDate, p.Sentence?.ReleaseDate, p.First!.Value);
            if (since is null)
            {
                continue;
            }

            var waited = WorkingDays.Between(since.Value, p.First!.Value, holidays);
            rows.Add(new Row(p.Ethnicity, p.Gender, p.DateOfBirth, p.Disability, waited > AllocationPolicy.TargetWorkingDays(p.CurrentRosh, p.Mappa), waited));
        }

        return rows;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count == 0 ? 0 : values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /// <summary>Measures where a higher rate is the better outcome, so a relative rate index below 1 is the concern.</summary>
    public static bool HigherIsBetter(EqualityMeasure measure) => measure is EqualityMeasure.AssessmentCompleted or EqualityMeasure.Referrals;

    public static string AgeBand(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year - (birth.AddYears(on.Year - birth.Year) > on ? 1 : 0);
        return age switch
        {
            < 18 => "Under 18",
            < 25 => "18 to 24",
            < 35 => "25 to 34",
            < 50 => "35 to 49",
            _ => "50 and over",
        };
    }

    public static string EthnicityName(Ethnicity ethnicity) => ethnicity switch
    {
        Ethnicity.WhiteBritish => WhiteBritish,
        Ethnicity.WhiteIrish or Ethnicity.WhiteGypsyOrIrishTraveller or Ethnicity.WhiteRoma or Ethnicity.WhiteOther => "White other",
        Ethnicity.BlackAfrican or Ethnicity.BlackCaribbean or Ethnicity.BlackOther => "Black or Black British",
        Ethnicity.AsianBangladeshi or Ethnicity.AsianChinese or Ethnicity.AsianIndian or Ethnicity.AsianPakistani or Ethnicity.AsianOther => "Asian or Asian British",
        Ethnicity.MixedWhiteAndAsian or Ethnicity.MixedWhiteAndBlackAfrican or Ethnicity.MixedWhiteAndBlackCaribbean or Ethnicity.MixedOther => "Mixed",
        Ethnicity.OtherArab or Ethnicity.OtherAnyOther => "Other ethnic group",
        _ => "Not stated",
    };

    private static string[] Order(EqualityDimension dimension) => dimension switch
    {
        EqualityDimension.Ethnicity => ["White other", "Black or Black British", "Asian or Asian British", "Mixed", "Other ethnic group", "Not stated"],
        EqualityDimension.AgeBand => ["Under 18", "18 to 24", "35 to 49", "50 and over"],
        _ => [],
    };
}
