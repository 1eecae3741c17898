using Waypoint.Domain.Assessments;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Domain.Tiering;

public sealed record ActiveRegistration(RegistrationType Type, int? MappaCategory, int? MappaLevel);

/// <summary>What the tier takes from the latest completed assessment.</summary>
public sealed record CompletedAssessmentFacts(
    DateOnly CompletedOn, AssessmentAnswers Answers, decimal? Arp, bool ArpStatic, decimal? Csrp, bool CsrpStatic, decimal? DcSrp, V4Band? DcSrpBand);

/// <summary>Everything on a case that the tier reads.</summary>
public sealed record CaseRiskFacts(
    bool HasActiveEvent,
    RecordFacts Record,
    bool CustodialSentence,
    bool HasRehabilitativeRequirement,
    DateOnly? LatestReleaseDate,
    IReadOnlyList<ActiveRegistration> Registrations,
    CompletedAssessmentFacts? Assessment,
    DateOnly Today);

public sealed record CaseTierResult(TierInput Input, TierResult Current, ProtectChangeInput ProtectChangeInput, ProtectChangeResult ProtectChange);

/// <summary>
/// Turns a case's record, registrations and latest completed assessment into the inputs of both tier frameworks, and
/// calculates them. An assessment counts for the earlier framework's change level only if completed in the last 55 weeks.
/// </summary>
public static class CaseTiering
{
    public const int ValidAssessmentWeeks = 55;

    public static CaseTierResult Calculate(CaseRiskFacts facts)
    {
        var registrations = facts.Registrations;
        bool Has(RegistrationType type) => registrations.Any(r => r.Type == type);
        var mappa = registrations.Where(r => r.Type == RegistrationType.Mappa).OrderByDescending(r => r.MappaLevel).FirstOrDefault();
        var assessment = facts.Assessment;
        var rosh = assessment is null ? null : AssessmentRules.OverallRosh(assessment.Answers);
        var input = new TierInput
        {
            HasActiveEvent = facts.HasActiveEvent,
            Arp = assessment?.Arp is { } arp ? new TierPredictor(arp, assessment.ArpStatic) : null,
            Csrp = assessment?.Csrp is { } csrp ? new TierPredictor(csrp, assessment.CsrpStatic) : null,
            DcSrp = assessment?.DcSrp is { } dc ? new TierDcSrp(dc, assessment.DcSrpBand) : null,
            MappaCategory = mappa?.MappaCategory,
            Rosh = rosh,
            LiferOrIpp = Has(RegistrationType.LifeOrIpp),
            LatestReleaseDate = facts.LatestReleaseDate,
            DomesticAbuse = Has(RegistrationType.DomesticAbusePerpetrator),
            Stalking = Has(RegistrationType.Stalking),
            ChildProtection = Has(RegistrationType.ChildProtectionConcerns),
            EverCommittedSexualOffence = assessment?.Answers.Bool("hasEverCommittedSexualOffence") == true,
            CalculationDate = facts.Today,
        };

        var factors = new List<ComplexityFactor>();
        if (Has(RegistrationType.SuicideSelfHarm)) factors.Add(ComplexityFactor.AttemptedSuicideOrSelfHarm);
        if (Has(RegistrationType.ChildProtectionConcerns)) factors.Add(ComplexityFactor.ChildProtection);
        if (Has(RegistrationType.StreetGangs)) factors.Add(ComplexityFactor.StreetGangs);
        if (assessment?.Answers.Bool("psychiatricTreatment") == true) factors.Add(ComplexityFactor.MentalHealth);

        var valid = assessment is not null && assessment.CompletedOn > facts.Today.AddDays(-7 * ValidAssessmentWeeks) ? assessment : null;
        var ogrs = Ogrs3Calculator.Calculate(new Ogrs3Input(facts.Record.Gender, facts.Record.DateOfBirth, facts.Record.DateOfCurrentConviction,
            facts.Record.DateAtStartOfFollowup, facts.Record.TotalSanctions, facts.Record.AgeAtFirstSanction, facts.Record.CurrentOffenceCode));
        var protectChangeInput = new ProtectChangeInput
        {
            Female = facts.Record.Gender == PredictorGender.Female,
            Rsr = assessment?.Csrp,
            Ogrs = ogrs.TwoYearPercent,
            Rosh = rosh,
            MappaLevel = mappa?.MappaLevel,
            ComplexityFactors = factors,
            IomNominal = Has(RegistrationType.IntegratedOffenderManagement),
            HasMandateForChange = facts.CustodialSentence || facts.HasRehabilitativeRequirement,
            Assessment = valid is null ? null : new ProtectChangeAssessment(
                AssessmentRules.Needs(valid.Answers),
                valid.Answers.Bool("parentingResponsibilities") == true,
                (int?)valid.Answers.Problem("impulsivityProblems"),
                (int?)valid.Answers.Problem("temperControl")),
        };

        return new CaseTierResult(input, TierCalculator.Calculate(input), protectChangeInput, ProtectChangeCalculator.Calculate(protectChangeInput));
    }

    /// <summary>Whether a requirement gives a mandate for change: any but unpaid work and the restrictive ones.</summary>
    public static bool IsRehabilitative(RequirementType type) => type is not (RequirementType.UnpaidWork or RequirementType.Curfew or RequirementType.Exclusion);
}

public enum TierFramework
{
    /// <summary>The single-letter tier A-G.</summary>
    Current = 1,
    /// <summary>The earlier protect (A-D) × change (0-3) tier.</summary>
    ProtectChange,
}

/// <summary>
/// Which framework's tier is "the" tier of a case: the configured framework from its effective date, and the other one
/// before it (so a service can switch on a chosen day while keeping both calculable).
/// </summary>
public sealed record TierFrameworkPolicy(TierFramework InForce = TierFramework.Current, DateOnly? From = null)
{
    public static TierFrameworkPolicy Default { get; } = new();

    public TierFramework On(DateOnly date) =>
        From is { } from && date < from ? (InForce == TierFramework.Current ? TierFramework.ProtectChange : TierFramework.Current) : InForce;

    /// <summary>The tier in force for a calculation, with its provisional flag (the earlier framework has none).</summary>
    public (string Tier, bool Provisional) TierOf(CaseTierResult result, DateOnly date) => On(date) == TierFramework.Current
        ? (result.Current.Tier ?? TierResult.Missing, result.Current.Provisional ?? false)
        : (result.ProtectChange.Tier, false);
}
