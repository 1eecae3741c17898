using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;

namespace Waypoint.Data.DemoData;

/// <summary>
/// Demo workforce: when each member of staff started and what they declared about themselves, a few leavers and recent
/// joiners per team, each team's funded posts (so some vacancies show), a year of sickness absence, and a workload
/// figure at the end of each of the last 12 months so the workforce trend has a year to draw.
/// </summary>
public static class DemoWorkforce
{
    private static readonly string[] LeavingReasons = ["Resignation", "Retirement", "Moved to another region", "End of fixed-term contract", "Promotion"];

    public static async Task AddAsync(WaypointDbContext db, DemoDataOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 11);
        var today = options.ReferenceDate;
        var created = DateTime.UtcNow;
        db.ChangeTracker.Clear();
        var staff = await db.StaffMembers.OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var member in staff)
        {
            Describe(member, random, today);
            // One in twelve joined in the last year, so the headcount trend moves.
            member.StartedOn = member.TraineeStartDate ?? (random.NextDouble() < 0.08 ? today.AddDays(-random.Next(20, 360)) : today.AddDays(-random.Next(400, 7000)));
        }

        var teams = staff.Where(s => s.Grade != Grade.Administrator).GroupBy(s => s.TeamId).ToList();
        var leaverNumber = 0;
        foreach (var team in teams)
        {
            // Leavers in the last 12 months: not active, no cases, their last day recorded.
            var leavers = random.Next(0, 3);
            for (var i = 0; i < leavers; i++)
            {
                leaverNumber++;
                var grade = random.NextDouble() < 0.5 ? Grade.Po : random.NextDouble() < 0.7 ? Grade.Pso : Grade.Pqip;
                var leftOn = today.AddDays(-random.Next(5, 360));
                var leaver = new StaffMember
                {
                    StaffCode = $"L{options.Seed % 100:D2}{leaverNumber:D5}",
                    TeamId = team.Key,
                    FirstName = FirstNames[random.Next(FirstNames.Length)],
                    LastName = LastNames[random.Next(LastNames.Length)],
                    Email = $"former.{leaverNumber}@justice.example",
                    Grade = grade,
                    ContractedHours = random.NextDouble() < 0.8 ? 37m : 22.5m,
                    IsActive = false,
                    StartedOn = leftOn.AddDays(-random.Next(200, 5000)),
                    LeftOn = leftOn,
                    LeavingReason = LeavingReasons[random.Next(LeavingReasons.Length)],
                };
                Describe(leaver, random, today);
                db.StaffMembers.Add(leaver);
            }

            // Funded posts from the start of the year before: what is in post now, plus a vacancy or two in some grades.
            foreach (var grade in new[] { Grade.Po, Grade.Pso, Grade.Pqip, Grade.Spo })
            {
                var inPost = team.Where(s => s.Grade == grade).Sum(s => Domain.Workforce.WorkforceMeasures.Fte(s.ContractedHours));
                var vacant = grade == Grade.Spo ? 0m : random.Next(0, 4) * 0.5m;
                if (inPost + vacant > 0)
                {
                    db.FundedPosts.Add(new FundedPost
                    {
                        TeamId = team.Key, Grade = grade, Fte = inPost + vacant, EffectiveFrom = new DateOnly(today.Year - 1, 4, 1), CreatedBy = "demo data", CreatedAt = created,
                    });
                }
            }
        }

        // Sickness over the last year: a third of staff have a short spell or two; one in twenty a long one.
        foreach (var member in staff.Where(s => s.Grade != Grade.Administrator))
        {
            var spells = random.NextDouble() < 0.33 ? random.Next(1, 3) : 0;
            for (var i = 0; i < spells; i++)
            {
                var from = today.AddDays(-random.Next(20, 360));
                db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = member.Id, Kind = AbsenceKind.Sickness, From = from, To = from.AddDays(random.Next(0, 8)), CreatedBy = "demo data", CreatedAt = created });
            }

            if (random.NextDouble() < 0.05)
            {
                var from = today.AddDays(-random.Next(60, 330));
                db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = member.Id, Kind = AbsenceKind.Sickness, From = from, To = from.AddDays(random.Next(35, 90)), CreatedBy = "demo data", CreatedAt = created });
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // A figure at each of the last 12 month ends beyond the weekly history, drawn around today's.
        var latest = await db.WorkloadSnapshots.AsNoTracking().Where(w => w.Date == today).ToListAsync(cancellationToken);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        foreach (var w in latest)
        {
            var drift = random.NextDouble() * 0.4 - 0.2;
            for (var month = 1; month <= 12; month++)
            {
                var end = monthStart.AddMonths(-month + 1).AddDays(-1);
                if (end > today.AddDays(-7 * 12))
                {
                    continue; // the weekly history covers it
                }

                var factor = 1 + (drift * month / 12.0) + ((random.NextDouble() - 0.5) * 0.06);
                var total = (int)Math.Round(w.TotalPoints * factor);
                db.WorkloadSnapshots.Add(new WorkloadSnapshot
                {
                    StaffMemberId = w.StaffMemberId, Date = end, TotalPoints = total, AvailablePoints = w.AvailablePoints,
                    CapacityPercent = Domain.Workload.WorkloadCalculator.Percent(total, w.AvailablePoints), Cases = (int)Math.Round(w.Cases * factor), UpdatedAt = created,
                });
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>What a member of staff declared: about one in twelve preferred not to say their ethnicity.</summary>
    private static void Describe(StaffMember member, Random random, DateOnly today)
    {
        var roll = random.NextDouble();
        member.Ethnicity = roll switch
        {
            < 0.08 => null,
            < 0.72 => Ethnicity.WhiteBritish,
            < 0.78 => Ethnicity.WhiteOther,
            < 0.85 => Ethnicity.BlackCaribbean,
            < 0.88 => Ethnicity.BlackAfrican,
            < 0.93 => Ethnicity.AsianPakistani,
            < 0.96 => Ethnicity.AsianIndian,
            _ => Ethnicity.MixedWhiteAndBlackCaribbean,
        };
        member.Gender = random.NextDouble() < 0.7 ? Gender.Female : Gender.Male;
        member.DateOfBirth = today.AddYears(-random.Next(23, 64)).AddDays(-random.Next(0, 365));
    }

    private static readonly string[] FirstNames = ["Sam", "Jo", "Alex", "Chris", "Pat", "Morgan", "Jamie", "Robin", "Kim", "Lee"];
    private static readonly string[] LastNames = ["Harper", "Okafor", "Patel", "Jones", "Williams", "Hughes", "Begum", "Evans", "Clarke", "Murphy"];
}
