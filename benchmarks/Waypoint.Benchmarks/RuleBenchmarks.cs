using BenchmarkDotNet.Attributes;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;

namespace Waypoint.Benchmarks;

/// <summary>Each predictor and each tier framework, per call, on the reference files' worked examples.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private readonly Ogrs3Input ogrs3 = new(PredictorGender.Male, new DateOnly(1965, 12, 7), new DateOnly(2025, 5, 13), new DateOnly(2026, 12, 6), 2, 47, "02700");

    private readonly V4Input v4 = new()
    {
        AssessmentDate = new DateOnly(2026, 8, 4),
        Gender = PredictorGender.Male,
        DateOfBirth = new DateOnly(1991, 7, 17),
        DateOfCurrentConviction = new DateOnly(2021, 8, 5),
        DateAtStartOfFollowup = new DateOnly(2021, 12, 12),
        TotalNumberOfSanctionsForAllOffences = 12,
        TotalNumberOfViolentSanctions = 3,
        AgeAtFirstSanction = 15,
        CurrentOffenceCode = "11618",
        DidOffenceInvolveCarryingOrUsingWeapon = false,
        SuitabilityOfAccommodation = ProblemLevel.Some,
        IsUnemployed = true,
        CurrentRelationshipWithPartner = ProblemLevel.Some,
        EvidenceOfDomesticAbuse = true,
        CurrentRelationshipStatus = RelationshipStatus.InRelationshipLivingTogether,
        RegularOffendingActivities = ProblemLevel.Some,
        MotivationToTackleDrugMisuse = MotivationLevel.Partial,
        Drugs = new DrugUse(Cannabis: true, CrackCocaine: true),
        CurrentAlcoholUseProblems = ProblemLevel.Some,
        ExcessiveAlcoholUse = ProblemLevel.Some,
        ImpulsivityProblems = ProblemLevel.Some,
        TemperControl = ProblemLevel.Significant,
        ProCriminalAttitudes = ProblemLevel.Some,
        PreviousConvictions = [PreviousConvictionType.WoundingGbh],
        HasEverCommittedSexualOffence = false,
        SupervisionStatus = SupervisionStatus.Community,
        TotalContactAdultSexualSanctions = 0,
        TotalContactChildSexualSanctions = 0,
        TotalNonContactSexualOffences = 0,
        TotalIndecentImageSanctions = 0,
    };

    private readonly TierInput tier = new()
    {
        Arp = new TierPredictor(30m, false),
        Csrp = new TierPredictor(0.2m, false),
        MappaCategory = 2,
        Rosh = RoshLevel.High,
        DomesticAbuse = true,
        CalculationDate = Today,
    };

    private readonly ProtectChangeInput protectChange = new()
    {
        Rosh = RoshLevel.High,
        Ogrs = 67m,
        HasMandateForChange = true,
        ComplexityFactors = [ComplexityFactor.MentalHealth],
        Assessment = new ProtectChangeAssessment(new Dictionary<NeedSection, NeedSeverity> { [NeedSection.Accommodation] = NeedSeverity.Severe, [NeedSection.Attitudes] = NeedSeverity.Standard }, false, 1, 0),
    };

    [GlobalSetup]
    public void Warm()
    {
        _ = V4Coefficients.Default;
        _ = V4OffenceTable.Default;
        _ = Ogrs3OffenceTable.Default;
    }

    [Benchmark]
    public Ogrs3Result Ogrs3() => Ogrs3Calculator.Calculate(ogrs3);

    [Benchmark]
    public V4PredictorResult Arp() => V4Calculator.CalculateLinear(V4Calculator.Arp, v4, V4Coefficients.Default, V4OffenceTable.Default);

    [Benchmark]
    public V4PredictorResult Vrp() => V4Calculator.CalculateLinear(V4Calculator.Vrp, v4, V4Coefficients.Default, V4OffenceTable.Default);

    [Benchmark]
    public V4PredictorResult Svrp() => V4Calculator.CalculateLinear(V4Calculator.Svrp, v4, V4Coefficients.Default, V4OffenceTable.Default);

    [Benchmark]
    public V4PredictorResult DcSrp() => V4Calculator.CalculateDcSrp(v4, V4Coefficients.Default);

    [Benchmark]
    public V4PredictorResult IicSrp() => V4Calculator.CalculateIicSrp(v4, V4Coefficients.Default);

    [Benchmark(Description = "All six v4 predictors (CSRP included)")]
    public V4Results AllV4() => V4Calculator.Calculate(v4, Today);

    [Benchmark]
    public TierResult Tier() => TierCalculator.Calculate(tier);

    [Benchmark]
    public ProtectChangeResult ProtectChangeTier() => ProtectChangeCalculator.Calculate(protectChange);
}
