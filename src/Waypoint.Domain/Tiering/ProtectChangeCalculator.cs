namespace Waypoint.Domain.Tiering;

public enum NeedSeverity
{
    None = 0,
    Standard = 1,
    Severe = 2,
}

/// <summary>The criminogenic need sections the earlier framework weighs.</summary>
public enum NeedSection
{
    Accommodation = 1,
    EducationTrainingEmployability,
    Relationships,
    LifestyleAndAssociates,
    DrugMisuse,
    AlcoholMisuse,
    ThinkingAndBehaviour,
    Attitudes,
    FinancialManagement,
    EmotionalWellbeing,
}

public enum ComplexityFactor
{
    MentalHealth = 1,
    AttemptedSuicideOrSelfHarm,
    Vulnerability,
    ChildConcerns,
    ChildProtection,
    RiskToChildren,
    PublicInterest,
    AdultAtRisk,
    StreetGangs,
    Terrorism,
}

/// <summary>What the earlier framework reads from a valid (completed in the last 55 weeks) assessment.</summary>
public sealed record ProtectChangeAssessment(
    IReadOnlyDictionary<NeedSection, NeedSeverity> Needs, bool ParentingResponsibilities, int? Impulsivity, int? TemperControl);

public sealed record ProtectChangeInput
{
    public bool Female { get; init; }
    public decimal? Rsr { get; init; }
    public decimal? Ogrs { get; init; }
    public RoshLevel? Rosh { get; init; }
    public int? MappaLevel { get; init; }
    public IReadOnlyCollection<ComplexityFactor> ComplexityFactors { get; init; } = [];
    public bool IomNominal { get; init; }
    public bool BreachOrRecallInLastYear { get; init; }
    public bool ReducedSupervision { get; init; }
    public bool HasMandateForChange { get; init; }
    public ProtectChangeAssessment? Assessment { get; init; }
}

/// <summary>One contribution to the protect or change points, with its reason in plain words.</summary>
public sealed record ProtectChangeStep(string Step, int Points, string Reason);

public sealed record ProtectChangeResult(string Tier, string Protect, int Change, int ProtectPoints, int ChangePoints, IReadOnlyList<ProtectChangeStep> Steps);

/// <summary>
/// The earlier protect (A-D) × change (0-3) tier, e.g. "B2" (tiering.md), which the 2021 workload weights are keyed by.
/// </summary>
public static class ProtectChangeCalculator
{
    /// <summary>Weight of each need section in the change points (finance and emotional wellbeing count 0).</summary>
    public static readonly IReadOnlyDictionary<NeedSection, int> NeedWeights = new Dictionary<NeedSection, int>
    {
        [NeedSection.Accommodation] = 1,
        [NeedSection.EducationTrainingEmployability] = 1,
        [NeedSection.Relationships] = 1,
        [NeedSection.LifestyleAndAssociates] = 1,
        [NeedSection.DrugMisuse] = 1,
        [NeedSection.AlcoholMisuse] = 1,
        [NeedSection.ThinkingAndBehaviour] = 2,
        [NeedSection.Attitudes] = 2,
        [NeedSection.FinancialManagement] = 0,
        [NeedSection.EmotionalWellbeing] = 0,
    };

    public static ProtectChangeResult Calculate(ProtectChangeInput input)
    {
        var steps = new List<ProtectChangeStep>();

        // Protect: the higher of RSR and RoSH points, MAPPA, complexity factors, and the women's factors.
        var rsr = input.Rsr ?? 0m;
        var rsrPoints = rsr >= 7.00m ? 20 : rsr >= 3.00m ? 10 : 0;
        var roshPoints = input.Rosh switch { RoshLevel.VeryHigh => 150, RoshLevel.High => 20, RoshLevel.Medium => 10, _ => 0 };
        steps.Add(roshPoints >= rsrPoints
            ? new ProtectChangeStep("ROSH", roshPoints, input.Rosh is { } r ? $"{TierCalculator.RoshWords(r)} risk of serious harm (higher than RSR {rsr:0.00}%)" : $"No risk of serious harm recorded; RSR {rsr:0.00}%")
            : new ProtectChangeStep("RSR", rsrPoints, $"RSR {rsr:0.00}% (higher than the risk of serious harm points)"));
        var mappaPoints = input.MappaLevel switch { 2 or 3 => 150, 1 => 5, _ => 0 };
        steps.Add(new ProtectChangeStep("MAPPA", mappaPoints, input.MappaLevel is { } level ? $"MAPPA level {level}" : "No MAPPA level"));
        var factors = input.ComplexityFactors.Distinct().ToList();
        steps.Add(new ProtectChangeStep("COMPLEXITY", 2 * factors.Count,
            factors.Count == 0 ? "No complexity factors" : $"Complexity factors: {string.Join(", ", factors.Select(FactorWords))}"));
        if (input.Female)
        {
            var reasons = new List<string>();
            var points = 0;
            if (input.BreachOrRecallInLastYear)
            {
                points += 2;
                reasons.Add("breach or recall started in the last year");
            }

            if (input.Assessment?.ParentingResponsibilities == true)
            {
                points += 2;
                reasons.Add("parenting or caring responsibilities");
            }

            if (input.Assessment is { } a && (a.Impulsivity is >= 1 || a.TemperControl is >= 1))
            {
                points += 2;
                reasons.Add("impulsivity or temper control a problem");
            }

            steps.Add(new ProtectChangeStep("WOMEN", points, reasons.Count == 0 ? "No women's factors" : $"Women's factors: {string.Join(", ", reasons)}"));
        }

        var protectPoints = steps.Sum(s => s.Points);
        var protect = protectPoints >= 150 ? "A" : protectPoints >= 20 ? "B" : protectPoints >= 10 ? "C" : "D";

        // Change: the mandate, then a valid assessment, then needs + OGRS3 / 10 + IOM.
        int change;
        var changePoints = 0;
        if (!input.HasMandateForChange)
        {
            change = 0;
            steps.Add(new ProtectChangeStep("NO_MANDATE_FOR_CHANGE", 0, "No mandate for change (no custodial sentence or rehabilitative requirement): change level 0"));
        }
        else if (input.Assessment is not { } assessment)
        {
            change = 2;
            steps.Add(new ProtectChangeStep("NO_VALID_ASSESSMENT", 0, "No assessment completed in the last 55 weeks: change level 2"));
        }
        else
        {
            var needs = assessment.Needs.Sum(n => (int)n.Value * NeedWeights[n.Key]);
            var severe = assessment.Needs.Where(n => n.Value != NeedSeverity.None).Select(n => $"{SectionWords(n.Key)} ({(n.Value == NeedSeverity.Severe ? "severe" : "standard")})").ToList();
            steps.Add(new ProtectChangeStep("NEEDS", needs, severe.Count == 0 ? "No criminogenic needs identified" : $"Needs: {string.Join(", ", severe)}"));
            var ogrs = (int)(input.Ogrs ?? 0m);
            steps.Add(new ProtectChangeStep("OGRS", ogrs / 10, $"OGRS3 {ogrs}% (2 years) ÷ 10"));
            steps.Add(new ProtectChangeStep("IOM", input.IomNominal ? 2 : 0, input.IomNominal ? "Integrated offender management nominal" : "Not an integrated offender management nominal"));
            changePoints = needs + (ogrs / 10) + (input.IomNominal ? 2 : 0);
            change = changePoints >= 20 ? 3 : changePoints >= 10 ? 2 : 1;
        }

        var tier = $"{protect}{change}{(input.ReducedSupervision ? "S" : string.Empty)}";
        return new ProtectChangeResult(tier, protect, change, protectPoints, changePoints, steps);
    }

    /// <summary>
    /// A section's severity from its question total (problem answers 0/1/2, yes/no 2/0), with the OASys thresholds;
    /// null when every answer is missing (the section has no severity).
    /// </summary>
    public static NeedSeverity? SeverityFromTotal(NeedSection section, int? total) =>
        total is not { } t || Thresholds(section) is not { } th ? null : t >= th.Severe ? NeedSeverity.Severe : t >= th.Standard ? NeedSeverity.Standard : NeedSeverity.None;

    /// <summary>Standard and severe thresholds per section; finance and emotional wellbeing carry no weight and no thresholds.</summary>
    public static (int Standard, int Severe)? Thresholds(NeedSection section) => section switch
    {
        NeedSection.Accommodation => (2, 7),
        NeedSection.EducationTrainingEmployability => (3, 7),
        NeedSection.Relationships => (2, 5),
        NeedSection.LifestyleAndAssociates => (2, 5),
        NeedSection.DrugMisuse => (2, 8),
        NeedSection.AlcoholMisuse => (4, 7),
        NeedSection.ThinkingAndBehaviour => (4, 7),
        NeedSection.Attitudes => (2, 7),
        _ => null,
    };

    public static string SectionWords(NeedSection section) => section switch
    {
        NeedSection.Accommodation => "accommodation",
        NeedSection.EducationTrainingEmployability => "education, training and employability",
        NeedSection.Relationships => "relationships",
        NeedSection.LifestyleAndAssociates => "lifestyle and associates",
        NeedSection.DrugMisuse => "drug misuse",
        NeedSection.AlcoholMisuse => "alcohol misuse",
        NeedSection.ThinkingAndBehaviour => "thinking and behaviour",
        NeedSection.Attitudes => "attitudes",
        NeedSection.FinancialManagement => "finance",
        _ => "emotional wellbeing",
    };

    public static string FactorWords(ComplexityFactor factor) => factor switch
    {
        ComplexityFactor.MentalHealth => "mental health",
        ComplexityFactor.AttemptedSuicideOrSelfHarm => "attempted suicide or self-harm",
        ComplexityFactor.Vulnerability => "vulnerability",
        ComplexityFactor.ChildConcerns => "child concerns",
        ComplexityFactor.ChildProtection => "child protection",
        ComplexityFactor.RiskToChildren => "risk to children",
        ComplexityFactor.PublicInterest => "public interest",
        ComplexityFactor.AdultAtRisk => "adult at risk",
        ComplexityFactor.StreetGangs => "street gangs",
        _ => "terrorism",
    };
}
