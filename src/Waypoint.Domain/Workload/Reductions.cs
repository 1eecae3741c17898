namespace Waypoint.Domain.Workload;

public enum ReductionReason
{
    TraineeProbationOfficer = 1,
    NewlyQualifiedOfficer,
    PsoLearningAndDevelopment,
    LongTermSickness,
    MaternityOrAdoptionLeave,
    SpecialLeave,
    OtherLeave,
    TradeUnionFacilityTime,
    SinglePointOfContactLead,
    Disability,
    PhasedReturn,
    CoWorkedCases,
    GroupWork,
    CourtDuty,
    Other,
}

/// <summary>Hours per week taken off a practitioner's contracted hours, as hours or a percentage, from a start to an end date.</summary>
public sealed record Reduction(ReductionReason Reason, DateOnly Start, DateOnly? End, decimal? Hours = null, decimal? Percent = null)
{
    public bool IsActiveOn(DateOnly day) => Start <= day && (End is null || day <= End);

    /// <summary>The hours this reduction takes off: a percentage is rounded to 2 decimals; never more than the contracted hours.</summary>
    public decimal HoursFor(decimal contractedHours) =>
        Math.Min(contractedHours, Percent is { } p ? Math.Round(contractedHours * p / 100m, 2, MidpointRounding.AwayFromZero) : Hours ?? 0m);
}

/// <summary>The reductions of workload.md: presets for trainees, newly qualified officers and PSO learning; limits for the rest.</summary>
public static class ReductionRules
{
    public static decimal HoursOn(IEnumerable<Reduction> reductions, decimal contractedHours, DateOnly on) =>
        Math.Min(contractedHours, reductions.Where(r => r.IsActiveOn(on)).Sum(r => r.HoursFor(contractedHours)));

    /// <summary>The next day after <paramref name="today"/> on which a reduction starts or stops, so capacity changes.</summary>
    public static DateOnly? NextChange(IEnumerable<Reduction> reductions, DateOnly today) =>
        reductions.SelectMany(r => new[] { (DateOnly?)r.Start, r.End?.AddDays(1) })
            .Where(d => d is { } day && day > today)
            .Min();

    /// <summary>A trainee (PQiP): 80%, 60% then 40% of contracted hours, 6 months each, from the start of training.</summary>
    public static IReadOnlyList<Reduction> TraineePreset(DateOnly start) =>
    [
        new(ReductionReason.TraineeProbationOfficer, start, start.AddMonths(6).AddDays(-1), Percent: 80m),
        new(ReductionReason.TraineeProbationOfficer, start.AddMonths(6), start.AddMonths(12).AddDays(-1), Percent: 60m),
        new(ReductionReason.TraineeProbationOfficer, start.AddMonths(12), start.AddMonths(18).AddDays(-1), Percent: 40m),
    ];

    public static Reduction NewlyQualifiedPreset(DateOnly start) => new(ReductionReason.NewlyQualifiedOfficer, start, start.AddMonths(9).AddDays(-1), Percent: 20m);

    public static Reduction PsoLearningPreset(DateOnly start) => new(ReductionReason.PsoLearningAndDevelopment, start, start.AddMonths(6).AddDays(-1), Percent: 20m);

    /// <summary>The largest percentage a reason allows (100 for leave; 50 for union facility time; 5 for a SPOC lead).</summary>
    public static decimal MaxPercent(ReductionReason reason) => reason switch
    {
        ReductionReason.TradeUnionFacilityTime => 50m,
        ReductionReason.SinglePointOfContactLead => 5m,
        _ => 100m,
    };

    public static string Describe(ReductionReason reason) => reason switch
    {
        ReductionReason.TraineeProbationOfficer => "Trainee probation officer (PQiP)",
        ReductionReason.NewlyQualifiedOfficer => "Newly qualified officer",
        ReductionReason.PsoLearningAndDevelopment => "PSO learning and development",
        ReductionReason.LongTermSickness => "Long-term sickness",
        ReductionReason.MaternityOrAdoptionLeave => "Maternity or adoption leave",
        ReductionReason.SpecialLeave => "Special leave",
        ReductionReason.OtherLeave => "Other paid or unpaid leave",
        ReductionReason.TradeUnionFacilityTime => "Trade union facility time",
        ReductionReason.SinglePointOfContactLead => "Single point of contact lead",
        ReductionReason.Disability => "Disability",
        ReductionReason.PhasedReturn => "Phased return",
        ReductionReason.CoWorkedCases => "Co-worked cases",
        ReductionReason.GroupWork => "Group work",
        ReductionReason.CourtDuty => "Court duty",
        _ => "Other",
    };
}
