using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;

namespace Waypoint.Domain.Tiering;

/// <summary>Risk of serious harm, the overall level (the highest to any group).</summary>
public enum RoshLevel
{
    Low = 1,
    Medium,
    High,
    VeryHigh,
}

/// <summary>A predictor percentage and whether it came from the record only (static) or used assessment answers.</summary>
public sealed record TierPredictor(decimal Score, bool IsStatic);

public sealed record TierDcSrp(decimal Score, V4Band? Band);

/// <summary>The current framework's inputs, named as tiering.md lists them.</summary>
public sealed record TierInput
{
    public bool HasActiveEvent { get; init; } = true;
    public TierPredictor? Arp { get; init; }
    public TierPredictor? Csrp { get; init; }
    public TierDcSrp? DcSrp { get; init; }
    public int? MappaCategory { get; init; }
    public RoshLevel? Rosh { get; init; }
    public bool LiferOrIpp { get; init; }
    public DateOnly? LatestReleaseDate { get; init; }
    public bool DomesticAbuse { get; init; }
    public bool Stalking { get; init; }
    public bool ChildProtection { get; init; }
    public bool EverCommittedSexualOffence { get; init; }
    public required DateOnly CalculationDate { get; init; }
}

public enum TierStepName
{
    Reoffending = 1,
    SexualReoffending,
    MappaRosh,
    LiferIpp,
    DomesticAbuse,
    Stalking,
    ChildProtection,
    SexualOffences,
}

/// <summary>One step's candidate tier (a letter, or null when the step gives none) and the reason in plain words.</summary>
public sealed record TierStep(TierStepName Step, string? Tier, string Reason);

/// <summary>The tier (A-G, MISSING or NOT_SUPERVISED), whether it is provisional and why; or refusal errors.</summary>
public sealed record TierResult(string? Tier, bool? Provisional, IReadOnlyList<TierStep> Steps, IReadOnlyList<PredictorRefusal> Errors)
{
    public const string Missing = "MISSING";
    public const string NotSupervised = "NOT_SUPERVISED";
}

/// <summary>
/// The current single-letter supervision tier (tiering.md): each step proposes a candidate tier with its reason and the
/// highest candidate wins (A is highest); G when no step proposes one.
/// </summary>
public static class TierCalculator
{
    private static readonly decimal[] CsrpRows = [6.9m, 3.0m, 1.0m, 0.5m, 0m];
    private static readonly decimal[] ArpColumns = [90m, 75m, 50m, 25m, 15m, 0m];

    private static readonly string[][] Matrix =
    [
        ["A", "A", "B", "B", "B", "B"],
        ["A", "B", "C", "C", "C", "C"],
        ["B", "C", "D", "E", "E", "E"],
        ["C", "D", "E", "E", "F", "F"],
        ["D", "D", "E", "F", "F", "G"],
    ];

    public static TierResult Calculate(TierInput input)
    {
        if (input.DcSrp is { Band: V4Band.Medium, Score: < 0.60m and > 0m })
        {
            return new TierResult(null, null, [], [new PredictorRefusal("DC_SRP_SCORE_INCONSISTENT_WITH_BAND", ["dcSrp"])]);
        }

        var steps = new List<TierStep>
        {
            Reoffending(input.Arp, input.Csrp),
            SexualReoffending(input.DcSrp),
            MappaRosh(input.MappaCategory, input.Rosh),
            LiferIpp(input),
            Flag(TierStepName.DomesticAbuse, input.DomesticAbuse, "E", "Domestic abuse registration", "No domestic abuse registration"),
            Flag(TierStepName.Stalking, input.Stalking, "F", "Stalking registration", "No stalking registration"),
            Flag(TierStepName.ChildProtection, input.ChildProtection, "F", "Child protection registration", "No child protection registration"),
            Flag(TierStepName.SexualOffences, input.EverCommittedSexualOffence, "E", "Has committed a sexual offence (from the assessment)",
                "No sexual offence in the history (from the assessment)"),
        };

        if (!input.HasActiveEvent)
        {
            return new TierResult(TierResult.NotSupervised, false, steps, []);
        }

        if (input.Arp is null || input.Csrp is null)
        {
            return new TierResult(TierResult.Missing, false, steps, []);
        }

        var tier = Highest(steps.Select(s => s.Tier)) ?? "G";
        return new TierResult(tier, IsProvisional(input, steps), steps, []);
    }

    /// <summary>The step 1 letter for an ARP and CSRP percentage.</summary>
    public static string ReoffendingCell(decimal arp, decimal csrp)
    {
        var row = Array.FindIndex(CsrpRows, t => csrp >= t);
        var column = Array.FindIndex(ArpColumns, t => arp >= t);
        return Matrix[row < 0 ? CsrpRows.Length - 1 : row][column < 0 ? ArpColumns.Length - 1 : column];
    }

    private static TierStep Reoffending(TierPredictor? arp, TierPredictor? csrp)
    {
        if (arp is null || csrp is null)
        {
            var missing = arp is null && csrp is null ? "ARP and CSRP scores" : arp is null ? "an ARP score" : "a CSRP score";
            return new TierStep(TierStepName.Reoffending, null, $"No tier can be set without {missing}");
        }

        var tier = ReoffendingCell(arp.Score, csrp.Score);
        return new TierStep(TierStepName.Reoffending, tier,
            $"ARP {arp.Score:0.##}% ({Kind(arp)}) and CSRP {csrp.Score:0.##}% ({Kind(csrp)}) place the person in {tier}");
    }

    private static string Kind(TierPredictor p) => p.IsStatic ? "static" : "dynamic";

    private static TierStep SexualReoffending(TierDcSrp? dc)
    {
        if (dc is null || dc.Score <= 0 || dc.Band is null or V4Band.NotApplicable)
        {
            return new TierStep(TierStepName.SexualReoffending, null, "No direct contact sexual reoffending score applies");
        }

        var tier = dc.Band switch
        {
            V4Band.VeryHigh => "A",
            V4Band.High => "B",
            V4Band.Low => "E",
            _ => dc.Score switch { >= 3.36m => "C", >= 2.11m => "D", >= 1.12m => "C", _ => "D" },
        };
        return new TierStep(TierStepName.SexualReoffending, tier, $"DC-SRP {dc.Score:0.##}% is {BandWords(dc.Band.Value)}");
    }

    private static TierStep MappaRosh(int? mappa, RoshLevel? rosh)
    {
        var roshWords = rosh is { } r ? $"{RoshWords(r)} risk of serious harm" : "no risk of serious harm recorded";
        if (mappa is not null)
        {
            var tier = rosh switch { RoshLevel.VeryHigh => "A", RoshLevel.High => "C", RoshLevel.Medium => "D", _ => "E" };
            return new TierStep(TierStepName.MappaRosh, tier, $"MAPPA category {mappa} with {roshWords}");
        }

        return rosh switch
        {
            RoshLevel.VeryHigh => new TierStep(TierStepName.MappaRosh, "C", "Very high risk of serious harm (no MAPPA)"),
            RoshLevel.High => new TierStep(TierStepName.MappaRosh, "D", "High risk of serious harm (no MAPPA)"),
            _ => new TierStep(TierStepName.MappaRosh, null, $"No MAPPA, {roshWords}"),
        };
    }

    private static TierStep LiferIpp(TierInput input)
    {
        if (!input.LiferOrIpp || input.LatestReleaseDate is not { } released)
        {
            return new TierStep(TierStepName.LiferIpp, null, input.LiferOrIpp ? "Life or IPP sentence with no release date known" : "Not a life or IPP sentence");
        }

        var tier = released > input.CalculationDate.AddYears(-1) ? "B" : released > input.CalculationDate.AddYears(-5) ? "D" : "E";
        var when = tier switch { "B" => "within the last year", "D" => "within the last 5 years", _ => "more than 5 years ago" };
        return new TierStep(TierStepName.LiferIpp, tier, $"Life or IPP sentence, released {released:d MMMM yyyy} ({when})");
    }

    private static TierStep Flag(TierStepName step, bool applies, string tier, string yes, string no) =>
        applies ? new TierStep(step, tier, yes) : new TierStep(step, null, no);

    private static string? Highest(IEnumerable<string?> tiers) => tiers.Where(t => t is not null).Min(StringComparer.Ordinal);

    private static bool Reaches(string? tier, string atLeast) => tier is not null && string.CompareOrdinal(tier, atLeast) <= 0;

    private static bool IsProvisional(TierInput input, List<TierStep> steps)
    {
        var arp = input.Arp!;
        var csrp = input.Csrp!;
        var notReoffending = Highest(steps.Where(s => s.Step != TierStepName.Reoffending).Select(s => s.Tier));
        var provisional = false;
        if (arp.IsStatic && csrp.IsStatic)
        {
            provisional = !Reaches(notReoffending, "A");
        }
        else if (arp.IsStatic)
        {
            provisional = !Reaches(notReoffending, ReoffendingCell(100m, csrp.Score));
        }
        else if (csrp.IsStatic)
        {
            provisional = !Reaches(notReoffending, ReoffendingCell(arp.Score, 100m));
        }

        if (input.Rosh is null)
        {
            var bothDynamic = !arp.IsStatic && !csrp.IsStatic;
            var others = Highest(steps.Where(s => s.Step != TierStepName.MappaRosh && (bothDynamic || s.Step != TierStepName.Reoffending)).Select(s => s.Tier));
            provisional |= input.MappaCategory is not null ? !Reaches(others, "A") : !Reaches(others, "C");
        }

        return provisional;
    }

    public static string RoshWords(RoshLevel level) => level switch
    {
        RoshLevel.Low => "Low",
        RoshLevel.Medium => "Medium",
        RoshLevel.High => "High",
        _ => "Very high",
    };

    private static string BandWords(V4Band band) => band switch
    {
        V4Band.Low => "low",
        V4Band.Medium => "medium",
        V4Band.High => "high",
        V4Band.VeryHigh => "very high",
        _ => "not applicable",
    };
}
