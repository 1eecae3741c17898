using Waypoint.Domain.Organisation;

namespace Waypoint.Domain.Workload;

public sealed record WorkloadCase(WorkloadCaseType Type, string? Tier, bool T2a = false, InactiveReason? Inactive = null, int Count = 1);

public sealed record WorkloadReport(ReportType Type, int Count = 1);

/// <summary>A practitioner's workload inputs: grade and hours, optional overrides of the grade's capacity, cases and reports.</summary>
public sealed record WorkloadInput(
    Grade Grade,
    decimal ContractedHours,
    IReadOnlyList<WorkloadCase> Cases,
    IReadOnlyList<WorkloadReport> Reports,
    decimal ReductionHours = 0m,
    int? NominalTarget = null,
    decimal? DefaultHours = null,
    WorkloadCase? CandidateCase = null);

/// <summary>One line of the workload: what it is, how many, the points each and in all, and why in words.</summary>
public sealed record WorkloadLine(string Kind, string Description, int Count, int PointsEach, int Points, string Reason);

public sealed record WorkloadResult(
    int TotalPoints,
    int AvailablePoints,
    decimal CapacityPercent,
    decimal? PotentialCapacityPercent,
    IReadOnlyList<WorkloadLine> Breakdown,
    int UntieredCases,
    int CandidatePoints);

/// <summary>
/// The workload measurement model of workload.md: total points from case and report weights, available points from the
/// grade's nominal target and hours less reductions, and workload % with the service's rounding.
/// </summary>
public static class WorkloadCalculator
{
    public static WorkloadResult Calculate(WorkloadInput input, WeightSet? weights = null)
    {
        weights ??= WeightSet.Default;
        var lines = new List<WorkloadLine>();
        var untiered = 0;
        foreach (var c in input.Cases)
        {
            var line = CaseLine(c, weights);
            untiered += c.Tier is null ? c.Count : 0;
            lines.Add(line);
        }

        foreach (var report in input.Reports)
        {
            var each = weights.ReportWeights.GetValueOrDefault(report.Type);
            lines.Add(new WorkloadLine("report", report.Type == ReportType.Standard ? "Standard pre-sentence report" : "Fast pre-sentence report",
                report.Count, each, each * report.Count, $"Counted for {weights.ReportDays} days after completion"));
        }

        var total = lines.Sum(l => l.Points);
        var available = AvailablePoints(input, weights);
        var candidate = input.CandidateCase is { } cc ? CaseLine(cc, weights).Points : 0;
        return new WorkloadResult(total, available, Percent(total, available), input.CandidateCase is null ? null : Percent(total + candidate, available),
            lines, untiered, candidate);
    }

    public static WorkloadLine CaseLine(WorkloadCase c, WeightSet weights)
    {
        var type = c.Type.ToString().ToLowerInvariant();
        if (c.Tier is null)
        {
            return new WorkloadLine("case", $"Untiered {type} case", c.Count, 0, 0, "No tier: counts 0 until the tier is set (a data problem to fix)");
        }

        var weight = weights.WeightOf(c.Tier, c.Type, c.T2a);
        var share = c.Inactive is { } reason ? weights.InactiveSharePercent.GetValueOrDefault(reason) : 100;
        var each = (int)Math.Round(weight * share / 100m, MidpointRounding.AwayFromZero);
        var reasonText = $"Tier {c.Tier} {type}{(c.T2a ? " (transition to adulthood table)" : "")}: {weight} points";
        if (c.Inactive is { } inactive)
        {
            reasonText += $"; inactive ({InactiveWords(inactive)}) keeps {share}%";
        }

        return new WorkloadLine("case", $"{(c.T2a ? "T2A " : "")}{type} case, tier {c.Tier}", c.Count, each, each * c.Count, reasonText);
    }

    /// <summary>⌊ nominal target × (contracted − reduction hours) ÷ default hours ⌋; 0 with no hours left or no default hours.</summary>
    public static int AvailablePoints(WorkloadInput input, WeightSet weights)
    {
        var capacity = weights.Capacity.GetValueOrDefault(input.Grade) ?? new GradeCapacity(0, 0m);
        var target = input.NominalTarget ?? capacity.NominalTarget;
        var defaultHours = input.DefaultHours ?? capacity.DefaultHours;
        var hours = input.ContractedHours - input.ReductionHours;
        return hours <= 0 || defaultHours <= 0 ? 0 : (int)Math.Floor(target * hours / defaultHours);
    }

    /// <summary>round(total ÷ available, 3 decimals, half up) × 100, to one decimal; 0 when either is 0.</summary>
    public static decimal Percent(int total, int available) =>
        total == 0 || available <= 0 ? 0.0m : Math.Round(Math.Round((decimal)total / available, 3, MidpointRounding.AwayFromZero) * 100m, 1);

    /// <summary>A team's, PDU's or region's figure: Σ total ÷ Σ available, never the mean of the percentages.</summary>
    public static decimal Aggregate(IEnumerable<(int Total, int Available)> people)
    {
        var list = people.ToList();
        return Percent(list.Sum(p => p.Total), list.Sum(p => p.Available));
    }

    /// <summary>
    /// The figure after allocating a case: (current total − the case's points if already held + its points) ÷ available.
    /// </summary>
    public static decimal PotentialPercent(int total, int available, int casePoints, int alreadyHeldPoints = 0) =>
        Percent(total - alreadyHeldPoints + casePoints, available);

    public static string InactiveWords(InactiveReason reason) => reason switch
    {
        InactiveReason.Warrant => "active warrant",
        InactiveReason.UpwOnly => "only unpaid work outstanding",
        _ => "overdue termination",
    };
}

/// <summary>The excessive-workload rule of workload.md: over 110% for 4 consecutive weeks (ministerial answer, March 2021).</summary>
public static class ExcessiveWorkload
{
    public const decimal Threshold = 110m;

    /// <summary>Over 110% now and in each of the three weeks before (weekly figures, oldest first).</summary>
    public static bool ForFourWeeks(IReadOnlyList<decimal> weeklyBefore, decimal now) =>
        now > Threshold && weeklyBefore.Count >= 3 && weeklyBefore.Skip(weeklyBefore.Count - 3).All(p => p > Threshold);
}
