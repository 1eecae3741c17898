using System.Text.Json.Serialization;
using Waypoint.Domain.Contracts;

namespace Waypoint.Domain.Predictors.V4;

/// <summary>The version 4 predictors' request as the API and CLI take it: the input names of predictors-v4.md.</summary>
public sealed record V4Request
{
    public DateOnly? AssessmentDate { get; init; }
    public string? Gender { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? DateOfCurrentConviction { get; init; }
    public DateOnly? DateAtStartOfFollowup { get; init; }
    public int? TotalNumberOfSanctionsForAllOffences { get; init; }
    public int? AgeAtFirstSanction { get; init; }
    public string? CurrentOffenceCode { get; init; }
    public int? TotalNumberOfViolentSanctions { get; init; }
    public bool? DidOffenceInvolveCarryingOrUsingWeapon { get; init; }
    public string? SuitabilityOfAccommodation { get; init; }
    public bool? IsUnemployed { get; init; }
    public string? CurrentRelationshipWithPartner { get; init; }
    public bool? EvidenceOfDomesticAbuse { get; init; }
    public string? CurrentRelationshipStatus { get; init; }
    public string? RegularOffendingActivities { get; init; }
    public string? MotivationToTackleDrugMisuse { get; init; }
    public bool? HasHeroinUsage { get; init; }
    public bool? HasMethadoneUsage { get; init; }
    public bool? HasOtherOpiateUsage { get; init; }
    public bool? HasCrackCocaineUsage { get; init; }
    public bool? HasPowderCocaineUsage { get; init; }
    public bool? HasMisusedPrescriptionDrugUsage { get; init; }
    public bool? HasBenzodiazepinesUsage { get; init; }
    public bool? HasCannabisUsage { get; init; }
    public bool? HasSteroidsUsage { get; init; }
    public bool? HasOtherDrugsUsage { get; init; }
    public bool? HasKetamineUsage { get; init; }
    public bool? HasSpiceUsage { get; init; }
    public bool? HasHallucinogensUsage { get; init; }
    public bool? HasSolventsUsage { get; init; }
    public string? CurrentAlcoholUseProblems { get; init; }
    public string? ExcessiveAlcoholUse { get; init; }
    public string? ImpulsivityProblems { get; init; }
    public string? TemperControl { get; init; }
    public string? ProCriminalAttitudes { get; init; }
    public IReadOnlyList<string>? PreviousConvictions { get; init; }
    public bool? HasEverCommittedSexualOffence { get; init; }
    public string? SupervisionStatus { get; init; }
    public int? TotalContactAdultSexualSanctions { get; init; }
    public int? TotalContactChildSexualSanctions { get; init; }
    public int? TotalNonContactSexualOffences { get; init; }
    public int? TotalIndecentImageSanctions { get; init; }
    public DateOnly? DateOfMostRecentSexualOffence { get; init; }
    public bool? IsCurrentOffenceAgainstVictimStranger { get; init; }
    public DateOnly? MostRecentOffenceDate { get; init; }
}

public sealed record LinearPredictorResponse(decimal? Score, string? Band, string? ScoreType, IReadOnlyList<PredictorError> Errors);

public sealed record DcSrpResponse(
    decimal? Score, string? Band, int? PointScore, bool? FemaleVersion, bool? HasSexualOffenceHistory, bool? RiskBandReductionApplied,
    IReadOnlyList<PredictorError> Errors);

public sealed record IicSrpResponse(decimal? Score, string? Band, bool? FemaleVersion, bool? HasSexualOffenceHistory, IReadOnlyList<PredictorError> Errors);

public sealed record CsrpResponse(
    decimal? Score, string? Band, string? ScoreType, bool? FemaleVersion, bool? HasSexualOffenceHistory, bool? RiskBandReductionApplied,
    IReadOnlyList<PredictorError> Errors);

public sealed record V4Response(
    [property: JsonPropertyName("ARP")] LinearPredictorResponse Arp,
    [property: JsonPropertyName("VRP")] LinearPredictorResponse Vrp,
    [property: JsonPropertyName("SVRP")] LinearPredictorResponse Svrp,
    [property: JsonPropertyName("DC-SRP")] DcSrpResponse DcSrp,
    [property: JsonPropertyName("IIC-SRP")] IicSrpResponse IicSrp,
    [property: JsonPropertyName("CSRP")] CsrpResponse Csrp);

/// <summary>One mapping between the external version 4 contract and the calculator, shared by the API and the CLI.</summary>
public static class V4Contract
{
    public static readonly IReadOnlyDictionary<string, PredictorGender> Genders =
        new Dictionary<string, PredictorGender> { ["MALE"] = PredictorGender.Male, ["FEMALE"] = PredictorGender.Female };

    public static readonly IReadOnlyDictionary<string, ProblemLevel> ProblemLevels = new Dictionary<string, ProblemLevel>
    {
        ["NO_PROBLEMS"] = ProblemLevel.None, ["SOME_PROBLEMS"] = ProblemLevel.Some, ["SIGNIFICANT_PROBLEMS"] = ProblemLevel.Significant,
    };

    public static readonly IReadOnlyDictionary<string, MotivationLevel> MotivationLevels = new Dictionary<string, MotivationLevel>
    {
        ["FULL_MOTIVATION"] = MotivationLevel.Full, ["PARTIAL_MOTIVATION"] = MotivationLevel.Partial, ["NO_MOTIVATION"] = MotivationLevel.None,
    };

    public static readonly IReadOnlyDictionary<string, RelationshipStatus> RelationshipStatuses = new Dictionary<string, RelationshipStatus>
    {
        ["IN_RELATIONSHIP_LIVING_TOGETHER"] = RelationshipStatus.InRelationshipLivingTogether,
        ["IN_RELATIONSHIP_NOT_LIVING_TOGETHER"] = RelationshipStatus.InRelationshipNotLivingTogether,
        ["NOT_IN_RELATIONSHIP"] = RelationshipStatus.NotInRelationship,
    };

    public static readonly IReadOnlyDictionary<string, SupervisionStatus> SupervisionStatuses = new Dictionary<string, SupervisionStatus>
    {
        ["CUSTODY"] = V4.SupervisionStatus.Custody, ["COMMUNITY"] = V4.SupervisionStatus.Community, ["REMAND"] = V4.SupervisionStatus.Remand,
    };

    public static readonly IReadOnlyDictionary<string, PreviousConvictionType> PreviousConvictionTypes = new Dictionary<string, PreviousConvictionType>
    {
        ["HOMICIDE"] = PreviousConvictionType.Homicide, ["WOUNDING_GBH"] = PreviousConvictionType.WoundingGbh,
        ["KIDNAPPING"] = PreviousConvictionType.Kidnapping, ["FIREARMS"] = PreviousConvictionType.Firearms,
        ["ROBBERY"] = PreviousConvictionType.Robbery, ["AGGRAVATED_BURGLARY"] = PreviousConvictionType.AggravatedBurglary,
        ["WEAPON"] = PreviousConvictionType.Weapon, ["CRIMINAL_DAMAGE"] = PreviousConvictionType.CriminalDamage, ["ARSON"] = PreviousConvictionType.Arson,
    };

    /// <summary>Reads the request; an enum value that is not one of the contract's is a <see cref="ContractInputException"/>.</summary>
    public static V4Input ToInput(V4Request r)
    {
        ProblemLevel? Level(string? text, string field) => JsonContract.ParseEnum(text, field, ProblemLevels);
        return new V4Input
        {
            AssessmentDate = r.AssessmentDate,
            Gender = JsonContract.ParseEnum(r.Gender, "gender", Genders),
            DateOfBirth = r.DateOfBirth,
            DateOfCurrentConviction = r.DateOfCurrentConviction,
            DateAtStartOfFollowup = r.DateAtStartOfFollowup,
            TotalNumberOfSanctionsForAllOffences = r.TotalNumberOfSanctionsForAllOffences,
            AgeAtFirstSanction = r.AgeAtFirstSanction,
            CurrentOffenceCode = r.CurrentOffenceCode,
            TotalNumberOfViolentSanctions = r.TotalNumberOfViolentSanctions,
            DidOffenceInvolveCarryingOrUsingWeapon = r.DidOffenceInvolveCarryingOrUsingWeapon,
            SuitabilityOfAccommodation = Level(r.SuitabilityOfAccommodation, "suitabilityOfAccommodation"),
            IsUnemployed = r.IsUnemployed,
            CurrentRelationshipWithPartner = Level(r.CurrentRelationshipWithPartner, "currentRelationshipWithPartner"),
            EvidenceOfDomesticAbuse = r.EvidenceOfDomesticAbuse,
            CurrentRelationshipStatus = JsonContract.ParseEnum(r.CurrentRelationshipStatus, "currentRelationshipStatus", RelationshipStatuses),
            RegularOffendingActivities = Level(r.RegularOffendingActivities, "regularOffendingActivities"),
            MotivationToTackleDrugMisuse = JsonContract.ParseEnum(r.MotivationToTackleDrugMisuse, "motivationToTackleDrugMisuse", MotivationLevels),
            Drugs = new DrugUse(r.HasHeroinUsage, r.HasMethadoneUsage, r.HasOtherOpiateUsage, r.HasCrackCocaineUsage, r.HasPowderCocaineUsage,
                r.HasMisusedPrescriptionDrugUsage, r.HasBenzodiazepinesUsage, r.HasCannabisUsage, r.HasSteroidsUsage, r.HasOtherDrugsUsage,
                r.HasKetamineUsage, r.HasSpiceUsage, r.HasHallucinogensUsage, r.HasSolventsUsage),
            CurrentAlcoholUseProblems = Level(r.CurrentAlcoholUseProblems, "currentAlcoholUseProblems"),
            ExcessiveAlcoholUse = Level(r.ExcessiveAlcoholUse, "excessiveAlcoholUse"),
            ImpulsivityProblems = Level(r.ImpulsivityProblems, "impulsivityProblems"),
            TemperControl = Level(r.TemperControl, "temperControl"),
            ProCriminalAttitudes = Level(r.ProCriminalAttitudes, "proCriminalAttitudes"),
            PreviousConvictions = r.PreviousConvictions?
                .Select(p => JsonContract.ParseEnum(p, "previousConvictions", PreviousConvictionTypes)!.Value).ToList(),
            HasEverCommittedSexualOffence = r.HasEverCommittedSexualOffence,
            SupervisionStatus = JsonContract.ParseEnum(r.SupervisionStatus, "supervisionStatus", SupervisionStatuses),
            TotalContactAdultSexualSanctions = r.TotalContactAdultSexualSanctions,
            TotalContactChildSexualSanctions = r.TotalContactChildSexualSanctions,
            TotalNonContactSexualOffences = r.TotalNonContactSexualOffences,
            TotalIndecentImageSanctions = r.TotalIndecentImageSanctions,
            DateOfMostRecentSexualOffence = r.DateOfMostRecentSexualOffence,
            IsCurrentOffenceAgainstVictimStranger = r.IsCurrentOffenceAgainstVictimStranger,
            MostRecentOffenceDate = r.MostRecentOffenceDate,
        };
    }

    public static V4Response Calculate(V4Request request, DateOnly today) => ToResponse(V4Calculator.Calculate(ToInput(request), today));

    public static V4Response ToResponse(V4Results results) => new(
        Linear(results.Arp),
        Linear(results.Vrp),
        Linear(results.Svrp),
        new DcSrpResponse(results.DcSrp.Score, BandName(results.DcSrp.Band), results.DcSrp.PointScore, results.DcSrp.FemaleVersion,
            results.DcSrp.HasSexualOffenceHistory, results.DcSrp.RiskBandReductionApplied, Errors(results.DcSrp)),
        new IicSrpResponse(results.IicSrp.Score, BandName(results.IicSrp.Band), results.IicSrp.FemaleVersion, results.IicSrp.HasSexualOffenceHistory,
            Errors(results.IicSrp)),
        new CsrpResponse(results.Csrp.Score, BandName(results.Csrp.Band), ScoreTypeName(results.Csrp.ScoreType), results.Csrp.FemaleVersion,
            results.Csrp.HasSexualOffenceHistory, results.Csrp.RiskBandReductionApplied, Errors(results.Csrp)));

    private static LinearPredictorResponse Linear(V4PredictorResult result) =>
        new(result.Score, BandName(result.Band), ScoreTypeName(result.ScoreType), Errors(result));

    private static List<PredictorError> Errors(V4PredictorResult result) => result.Errors.Select(e => new PredictorError(e.Type, e.Fields)).ToList();

    public static string? BandName(V4Band? band) => band switch
    {
        null => null,
        V4Band.Low => "LOW",
        V4Band.Medium => "MEDIUM",
        V4Band.High => "HIGH",
        V4Band.VeryHigh => "VERY_HIGH",
        V4Band.NotApplicable => "NOT_APPLICABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    public static string? ScoreTypeName(ScoreType? type) => type switch
    {
        null => null,
        ScoreType.Static => "STATIC",
        _ => "DYNAMIC",
    };
}
