using System.Text.Json.Serialization;
using Waypoint.Domain.Contracts;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;

namespace Waypoint.Domain.Tiering;

public sealed record TierPredictorRequest(decimal? Score, bool? Static);

public sealed record TierDcSrpRequest(decimal? Score, string? Band);

public sealed record ProtectChangeAssessmentRequest(
    IReadOnlyDictionary<string, string?>? Needs, bool? ParentingResponsibilities, int? Impulsivity, int? TemperControl);

/// <summary>The tier calculator's request: the input names of tiering.md for either framework.</summary>
public sealed record TierRequest
{
    public string? Framework { get; init; }

    // Current framework.
    public bool? HasActiveEvent { get; init; }
    public TierPredictorRequest? Arp { get; init; }
    public TierPredictorRequest? Csrp { get; init; }
    public TierDcSrpRequest? DcSrp { get; init; }
    public int? MappaCategory { get; init; }
    public string? Rosh { get; init; }
    public bool? LiferOrIpp { get; init; }
    public DateOnly? LatestReleaseDate { get; init; }
    public bool? DomesticAbuse { get; init; }
    public bool? Stalking { get; init; }
    public bool? ChildProtection { get; init; }
    public bool? EverCommittedSexualOffence { get; init; }
    public DateOnly? CalculationDate { get; init; }

    // Earlier protect/change framework.
    public bool? Female { get; init; }
    public decimal? Rsr { get; init; }
    public decimal? Ogrs { get; init; }
    public int? MappaLevel { get; init; }
    public IReadOnlyList<string>? ComplexityFactors { get; init; }
    public bool? IomNominal { get; init; }
    public bool? BreachOrRecallInLastYear { get; init; }
    public bool? ReducedSupervision { get; init; }
    public bool? HasMandateForChange { get; init; }
    public ProtectChangeAssessmentRequest? Assessment { get; init; }
}

public sealed record TierStepResponse(string Step, string? Tier, string Reason);

public sealed record TierResponse(
    string? Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Provisional,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TierStepResponse>? Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PredictorError>? Errors);

public sealed record ProtectChangeStepResponse(string Step, int Points, string Reason);

public sealed record ProtectChangeResponse(string Tier, string Protect, int Change, int ProtectPoints, int ChangePoints, IReadOnlyList<ProtectChangeStepResponse> Steps);

/// <summary>One mapping between the external tier contract and both calculators, shared by the API and the CLI.</summary>
public static class TierContract
{
    public const string Current = "current";
    public const string ProtectChange = "protect-change";

    public static readonly IReadOnlyDictionary<string, RoshLevel> RoshLevels = new Dictionary<string, RoshLevel>
    {
        ["low"] = RoshLevel.Low, ["medium"] = RoshLevel.Medium, ["high"] = RoshLevel.High, ["very-high"] = RoshLevel.VeryHigh,
    };

    public static readonly IReadOnlyDictionary<string, V4Band> Bands = new Dictionary<string, V4Band>
    {
        ["LOW"] = V4Band.Low, ["MEDIUM"] = V4Band.Medium, ["HIGH"] = V4Band.High, ["VERY_HIGH"] = V4Band.VeryHigh, ["NOT_APPLICABLE"] = V4Band.NotApplicable,
    };

    public static readonly IReadOnlyDictionary<string, NeedSection> Sections = new Dictionary<string, NeedSection>
    {
        ["accommodation"] = NeedSection.Accommodation,
        ["educationTrainingEmployability"] = NeedSection.EducationTrainingEmployability,
        ["relationships"] = NeedSection.Relationships,
        ["lifestyleAndAssociates"] = NeedSection.LifestyleAndAssociates,
        ["drugMisuse"] = NeedSection.DrugMisuse,
        ["alcoholMisuse"] = NeedSection.AlcoholMisuse,
        ["thinkingAndBehaviour"] = NeedSection.ThinkingAndBehaviour,
        ["attitudes"] = NeedSection.Attitudes,
        ["financialManagement"] = NeedSection.FinancialManagement,
        ["emotionalWellbeing"] = NeedSection.EmotionalWellbeing,
    };

    public static readonly IReadOnlyDictionary<string, NeedSeverity> Severities = new Dictionary<string, NeedSeverity>
    {
        ["none"] = NeedSeverity.None, ["standard"] = NeedSeverity.Standard, ["severe"] = NeedSeverity.Severe,
    };

    public static readonly IReadOnlyDictionary<string, ComplexityFactor> Factors = new Dictionary<string, ComplexityFactor>
    {
        ["mental-health"] = ComplexityFactor.MentalHealth,
        ["attempted-suicide-or-self-harm"] = ComplexityFactor.AttemptedSuicideOrSelfHarm,
        ["vulnerability"] = ComplexityFactor.Vulnerability,
        ["child-concerns"] = ComplexityFactor.ChildConcerns,
        ["child-protection"] = ComplexityFactor.ChildProtection,
        ["risk-to-children"] = ComplexityFactor.RiskToChildren,
        ["public-interest"] = ComplexityFactor.PublicInterest,
        ["adult-at-risk"] = ComplexityFactor.AdultAtRisk,
        ["street-gangs"] = ComplexityFactor.StreetGangs,
        ["terrorism"] = ComplexityFactor.Terrorism,
    };

    private static readonly IReadOnlyDictionary<string, string> Frameworks =
        new Dictionary<string, string> { [Current] = Current, [ProtectChange] = ProtectChange };

    /// <summary>Calculates under the framework the request names (the current one by default).</summary>
    public static object Calculate(TierRequest request, DateOnly today)
    {
        var framework = request.Framework is null ? Current : ParseFramework(request.Framework);
        return framework == Current
            ? ToResponse(TierCalculator.Calculate(ToInput(request, today)))
            : ToResponse(ProtectChangeCalculator.Calculate(ToProtectChangeInput(request)));
    }

    private static string ParseFramework(string text)
    {
        var key = text.Trim().Replace('_', '-').ToLowerInvariant();
        return Frameworks.TryGetValue(key, out var framework) ? framework
            : key is "protectchange" or "protect change" ? ProtectChange
            : throw new ContractInputException($"framework must be \"{Current}\" or \"{ProtectChange}\", not '{text}'.");
    }

    public static TierInput ToInput(TierRequest r, DateOnly today)
    {
        if (r.MappaCategory is < 1 or > 4)
        {
            throw new ContractInputException("mappaCategory must be 1, 2, 3 or null.");
        }

        return new TierInput
        {
            HasActiveEvent = r.HasActiveEvent ?? true,
            Arp = Predictor(r.Arp),
            Csrp = Predictor(r.Csrp),
            DcSrp = r.DcSrp is { } dc ? new TierDcSrp(dc.Score ?? 0m, JsonContract.ParseEnum(dc.Band, "dcSrp.band", Bands)) : null,
            MappaCategory = r.MappaCategory,
            Rosh = JsonContract.ParseEnum(r.Rosh, "rosh", RoshLevels),
            LiferOrIpp = r.LiferOrIpp ?? false,
            LatestReleaseDate = r.LatestReleaseDate,
            DomesticAbuse = r.DomesticAbuse ?? false,
            Stalking = r.Stalking ?? false,
            ChildProtection = r.ChildProtection ?? false,
            EverCommittedSexualOffence = r.EverCommittedSexualOffence ?? false,
            CalculationDate = r.CalculationDate ?? today,
        };
    }

    private static TierPredictor? Predictor(TierPredictorRequest? request) => request switch
    {
        null => null,
        { Score: null } => null,
        { Score: { } score } => new TierPredictor(score, request.Static ?? false),
    };

    public static ProtectChangeInput ToProtectChangeInput(TierRequest r)
    {
        if (r.MappaLevel is < 1 or > 3)
        {
            throw new ContractInputException("mappaLevel must be 1, 2, 3 or null.");
        }

        ProtectChangeAssessment? assessment = null;
        if (r.Assessment is { } a)
        {
            var needs = new Dictionary<NeedSection, NeedSeverity>();
            foreach (var (name, severity) in a.Needs ?? new Dictionary<string, string?>())
            {
                if (!Sections.TryGetValue(name, out var section))
                {
                    continue; // unknown fields are ignored
                }

                if (JsonContract.ParseEnum(severity, $"assessment.needs.{name}", Severities) is { } value)
                {
                    needs[section] = value;
                }
            }

            if (a.Impulsivity is < 0 or > 2 || a.TemperControl is < 0 or > 2)
            {
                throw new ContractInputException("assessment.impulsivity and assessment.temperControl must be 0, 1 or 2.");
            }

            assessment = new ProtectChangeAssessment(needs, a.ParentingResponsibilities ?? false, a.Impulsivity, a.TemperControl);
        }

        return new ProtectChangeInput
        {
            Female = r.Female ?? false,
            Rsr = r.Rsr,
            Ogrs = r.Ogrs,
            Rosh = JsonContract.ParseEnum(r.Rosh, "rosh", RoshLevels),
            MappaLevel = r.MappaLevel,
            ComplexityFactors = (r.ComplexityFactors ?? []).Select(f => JsonContract.ParseEnum(f, "complexityFactors", Factors)!.Value).ToList(),
            IomNominal = r.IomNominal ?? false,
            BreachOrRecallInLastYear = r.BreachOrRecallInLastYear ?? false,
            ReducedSupervision = r.ReducedSupervision ?? false,
            HasMandateForChange = r.HasMandateForChange ?? false,
            Assessment = assessment,
        };
    }

    public static TierResponse ToResponse(TierResult result) => result.Errors.Count > 0
        ? new TierResponse(null, null, null, result.Errors.Select(e => new PredictorError(e.Type, e.Fields)).ToList())
        : new TierResponse(result.Tier, result.Provisional, result.Steps.Select(s => new TierStepResponse(StepName(s.Step), s.Tier, s.Reason)).ToList(), null);

    public static ProtectChangeResponse ToResponse(ProtectChangeResult result) => new(
        result.Tier, result.Protect, result.Change, result.ProtectPoints, result.ChangePoints,
        result.Steps.Select(s => new ProtectChangeStepResponse(s.Step, s.Points, s.Reason)).ToList());

    public static string StepName(TierStepName step) => step switch
    {
        TierStepName.Reoffending => "REOFFENDING",
        TierStepName.SexualReoffending => "SEXUAL_REOFFENDING",
        TierStepName.MappaRosh => "MAPPA_ROSH",
        TierStepName.LiferIpp => "LIFER_IPP",
        TierStepName.DomesticAbuse => "DOMESTIC_ABUSE",
        TierStepName.Stalking => "STALKING",
        TierStepName.ChildProtection => "CHILD_PROTECTION",
        _ => "SEXUAL_OFFENCES",
    };
}
