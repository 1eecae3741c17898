using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Oversight;
using Waypoint.Domain.People;

namespace Waypoint.Data.Oversight;

public enum EqualityMeasure
{
    Warnings = 1,
    Breaches,
    Recalls,
    UnacceptableAbsences,
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

/// <summary>One group's people and how many of them had the outcome in the period.</summary>
public sealed record EqualityRows(IReadOnlyList<GroupRate> Groups, string Reference, int People, int PeopleWithOutcome);

/// <summary>
/// Equality monitoring: of the people supervised in an area, how many in each group (ethnicity, gender, age band,
/// disability) had an outcome in the period — a warning, a breach, a recall (decisions in force or awaiting
/// countersignature, not superseded), or an absence judged unacceptable. People, not events, so each rate is a
/// proportion and the relative rate index's interval is the one for a ratio of two proportions.
/// </summary>
public static class EqualityReport
{
    public const string WhiteBritish = "White British";

    public static async Task<EqualityRows> ReadAsync(WaypointDbContext db, EqualityArea area, int areaId, DateOnly from, DateOnly to, EqualityMeasure measure, EqualityDimension dimension, CancellationToken cancellationToken)
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
        var decision = measure switch
        {
            EqualityMeasure.Warnings => EnforcementAction.Warning,
            EqualityMeasure.Breaches => EnforcementAction.BreachAction,
            _ => EnforcementAction.Recall,
        };
        var rows = await people.Select(p => new
            {
                p.Ethnicity, p.Gender, p.DateOfBirth, p.Disability,
                Outcome = measure == EqualityMeasure.UnacceptableAbsences
                    ? db.Appointments.Any(a => a.PersonId == p.Id && a.AbsenceJudgement == AbsenceJudgement.Unacceptable && a.Start >= fromUtc && a.Start < toUtc)
                    : db.EnforcementDecisions.Any(d => d.PersonId == p.Id && d.Decision == decision && d.DecidedAt >= fromUtc && d.DecidedAt < toUtc
                                                        && (d.Status == DecisionStatus.InForce || d.Status == DecisionStatus.AwaitingCountersignature)),
            })
            .ToListAsync(cancellationToken);

        string GroupOf(Ethnicity ethnicity, Gender gender, DateOnly birth, string? disability) => dimension switch
        {
            EqualityDimension.Ethnicity => EthnicityName(ethnicity),
            EqualityDimension.Gender => gender switch { Gender.Female => "Female", Gender.Male => "Male", _ => "Not known" },
            EqualityDimension.AgeBand => AgeBand(birth, to),
            _ => string.IsNullOrWhiteSpace(disability) || disability.Equals("None", StringComparison.OrdinalIgnoreCase) ? "No disability recorded" : "Disability recorded",
        };

        var groups = rows.GroupBy(r => GroupOf(r.Ethnicity, r.Gender, r.DateOfBirth, r.Disability))
            .Select(g => new GroupRate(g.Key, g.Count(r => r.Outcome), g.Count()))
            .ToList();
        var reference = dimension switch
        {
            EqualityDimension.Ethnicity => WhiteBritish,
            EqualityDimension.Gender => "Male",
            EqualityDimension.AgeBand => "25 to 34",
            _ => "No disability recorded",
        };
        var order = Order(dimension);
        groups = groups.OrderBy(g => g.Group == reference ? -1 : Array.IndexOf(order, g.Group) is var i && i >= 0 ? i : int.MaxValue).ThenBy(g => g.Group, StringComparer.Ordinal).ToList();
        return new EqualityRows(groups, reference, rows.Count, rows.Count(r => r.Outcome));
    }

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
