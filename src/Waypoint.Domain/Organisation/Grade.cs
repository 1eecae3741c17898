namespace Waypoint.Domain.Organisation;

public enum Grade
{
    /// <summary>Probation services officer.</summary>
    Pso = 1,
    /// <summary>Probation officer (qualified).</summary>
    Po,
    /// <summary>Professional qualification in probation trainee.</summary>
    Pqip,
    /// <summary>Senior probation officer: manages a team.</summary>
    Spo,
    HeadOfPdu,
    Administrator,
}

public enum VettingLevel
{
    Bpss = 1,
    CounterTerrorismCheck,
    SecurityCheck,
    DevelopedVetting,
}

public static class GradeNames
{
    public static string Describe(Grade grade) => grade switch
    {
        Grade.Pso => "Probation services officer (PSO)",
        Grade.Po => "Probation officer (PO)",
        Grade.Pqip => "Trainee probation officer (PQiP)",
        Grade.Spo => "Senior probation officer (SPO)",
        Grade.HeadOfPdu => "Head of PDU",
        Grade.Administrator => "Administrator",
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };

    public static bool HoldsCases(Grade grade) => grade is Grade.Pso or Grade.Po or Grade.Pqip;
}

/// <summary>
/// ViSOR-sensitive information may be shown only to staff whose vetting is current on the day; at least
/// security check (SC) clearance is needed.
/// </summary>
public static class VettingRules
{
    public static bool MaySeeVisorDetail(VettingLevel? level, DateOnly? expires, DateOnly today) =>
        level is VettingLevel.SecurityCheck or VettingLevel.DevelopedVetting && expires is { } e && e >= today;
}
