using Waypoint.Domain.Organisation;

namespace Waypoint.Domain.Workload;

public enum WorkloadCaseType
{
    /// <summary>A community order or suspended sentence.</summary>
    Community = 1,
    /// <summary>Supervised after release.</summary>
    Licence,
    /// <summary>In prison before release.</summary>
    Custody,
}

public enum InactiveReason
{
    Warrant = 1,
    /// <summary>Only unpaid work is outstanding.</summary>
    UpwOnly,
    OverdueTermination,
}

public enum ReportType
{
    /// <summary>A standard pre-sentence report.</summary>
    Standard = 1,
    /// <summary>A fast (oral or short-format) pre-sentence report.</summary>
    Fast,
}

/// <summary>The capacity figures for one grade: points for a full-time week, and the hours that week has.</summary>
public sealed record GradeCapacity(int NominalTarget, decimal DefaultHours);

/// <summary>
/// One version of the workload weights, in force from its date: case weights by protect/change tier × case type (and
/// the transition-to-adulthood table), the share an inactive case keeps, report weights, and each grade's capacity.
/// A tier with no weight (including single-letter tiers until a set gives them weights) counts 0.
/// </summary>
public sealed record WeightSet(
    DateOnly EffectiveFrom,
    IReadOnlyDictionary<(string Tier, WorkloadCaseType Type), int> CaseWeights,
    IReadOnlyDictionary<(string Tier, WorkloadCaseType Type), int> T2aWeights,
    IReadOnlyDictionary<InactiveReason, int> InactiveSharePercent,
    IReadOnlyDictionary<ReportType, int> ReportWeights,
    IReadOnlyDictionary<Grade, GradeCapacity> Capacity,
    int ReportDays = 30)
{
    public const int MaxWeight = 999;
    public const decimal MaxHours = 37.5m;

    public static readonly string[] ProtectChangeTiers = ["A3", "A2", "A1", "A0", "B3", "B2", "B1", "B0", "C3", "C2", "C1", "C0", "D3", "D2", "D1", "D0"];

    /// <summary>The March 2021 weights from workload.md, in force from 1 April 2021.</summary>
    public static WeightSet Default { get; } = CreateDefault();

    public int WeightOf(string? tier, WorkloadCaseType type, bool t2a) =>
        tier is null ? 0 : (t2a ? T2aWeights : CaseWeights).GetValueOrDefault((tier, type));

    /// <summary>The version in force on a day: the latest that started on or before it (the default when none has).</summary>
    public static WeightSet InForce(IEnumerable<WeightSet> sets, DateOnly on) => sets.Where(s => s.EffectiveFrom <= on).MaxBy(s => s.EffectiveFrom) ?? Default;

    /// <summary>Problems that make a set unusable: weights outside 0-999, hours outside 0-37.5, shares outside 0-100.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(CaseWeights.Concat(T2aWeights).Where(w => w.Value is < 0 or > MaxWeight)
            .Select(w => $"The weight for {w.Key.Tier} {w.Key.Type.ToString().ToLowerInvariant()} must be from 0 to {MaxWeight}"));
        problems.AddRange(ReportWeights.Where(w => w.Value is < 0 or > MaxWeight).Select(w => $"The {w.Key.ToString().ToLowerInvariant()} report weight must be from 0 to {MaxWeight}"));
        problems.AddRange(Capacity.Where(c => c.Value.DefaultHours is < 0 or > MaxHours)
            .Select(c => $"Default hours for {GradeNames.Describe(c.Key)} must be from 0 to {MaxHours}"));
        problems.AddRange(Capacity.Where(c => c.Value.NominalTarget is < 0 or > 99_999).Select(c => $"The nominal target for {GradeNames.Describe(c.Key)} must be from 0 to 99999"));
        problems.AddRange(InactiveSharePercent.Where(s => s.Value is < 0 or > 100).Select(s => $"The share an inactive case keeps must be from 0% to 100%"));
        return problems;
    }

    private static WeightSet CreateDefault()
    {
        (string Tier, int Community, int Licence, int Custody)[] rows =
        [
            ("A3", 206, 219, 75), ("A2", 158, 175, 60), ("A1", 146, 163, 59), ("A0", 110, 0, 0),
            ("B3", 146, 161, 59), ("B2", 115, 132, 48), ("B1", 102, 119, 47), ("B0", 72, 0, 0),
            ("C3", 79, 77, 30), ("C2", 63, 65, 24), ("C1", 50, 52, 23), ("C0", 35, 0, 0),
            ("D3", 51, 51, 17), ("D2", 41, 43, 14), ("D1", 29, 31, 13), ("D0", 29, 0, 0),
        ];
        var weights = new Dictionary<(string, WorkloadCaseType), int>();
        var t2a = new Dictionary<(string, WorkloadCaseType), int>();
        foreach (var (tier, community, licence, custody) in rows)
        {
            weights[(tier, WorkloadCaseType.Community)] = community;
            weights[(tier, WorkloadCaseType.Licence)] = licence;
            weights[(tier, WorkloadCaseType.Custody)] = custody;

            // Reduced-supervision final third ("S"): its own weights, 0 by default.
            foreach (var type in Enum.GetValues<WorkloadCaseType>())
            {
                weights[(tier + "S", type)] = 0;

                // Transition to adulthood: the default copies the custody column for all three types.
                t2a[(tier, type)] = custody;
                t2a[(tier + "S", type)] = 0;
            }
        }

        var po = new GradeCapacity(2176, 37m);
        return new WeightSet(
            new DateOnly(2021, 4, 1),
            weights,
            t2a,
            new Dictionary<InactiveReason, int> { [InactiveReason.Warrant] = 0, [InactiveReason.UpwOnly] = 100, [InactiveReason.OverdueTermination] = 0 },
            new Dictionary<ReportType, int> { [ReportType.Standard] = 138, [ReportType.Fast] = 65 },
            new Dictionary<Grade, GradeCapacity>
            {
                [Grade.Po] = po,
                [Grade.Pso] = po,
                [Grade.Pqip] = po,
                [Grade.Spo] = new GradeCapacity(2176, 0m),
                [Grade.HeadOfPdu] = new GradeCapacity(2176, 0m),
                [Grade.Administrator] = new GradeCapacity(2176, 0m),
            });
    }
}
