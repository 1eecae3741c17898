using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Assessments;

public enum SectionStatus
{
    NotStarted = 1,
    InProgress,
    Completed,
}

/// <summary>What the predictors take from the record rather than the assessment.</summary>
public sealed record RecordFacts(
    PredictorGender? Gender,
    DateOnly DateOfBirth,
    DateOnly? DateOfCurrentConviction,
    DateOnly? DateAtStartOfFollowup,
    int? TotalSanctions,
    int? AgeAtFirstSanction,
    string? CurrentOffenceCode,
    SupervisionStatus? SupervisionStatus,
    DateOnly? MostRecentOffenceDate);

/// <summary>The assessment's rules: when a section is complete, how answers score, who must countersign, when a review is due.</summary>
public static class AssessmentRules
{
    /// <summary>Default review interval: every 16 weeks after completion.</summary>
    public const int ReviewIntervalDays = 16 * 7;

    public const int AnalysisMaxLength = 4000;

    public static SectionStatus StatusOf(Section section, AssessmentAnswers answers)
    {
        var anything = section.Questions.Any(q => answers.Has(q.Key)) || answers.Has(section.AnalysisKey);
        if (!anything)
        {
            return SectionStatus.NotStarted;
        }

        return Missing(section, answers).Count == 0 ? SectionStatus.Completed : SectionStatus.InProgress;
    }

    /// <summary>What still needs an answer before the section is complete, in words.</summary>
    public static IReadOnlyList<string> Missing(Section section, AssessmentAnswers answers)
    {
        var missing = section.Questions.Where(q => IsRequired(q, answers) && !answers.Has(q.Key)).Select(q => q.Text).ToList();
        if (section.Kind == SectionKind.Needs && !answers.Has(section.AnalysisKey))
        {
            missing.Add("Analysis");
        }

        return missing;
    }

    public static bool IsRequired(Question question, AssessmentAnswers answers) =>
        question.RequiredWhen is { } condition ? answers.Bool(condition) == true : question.Required;

    /// <summary>The overall risk of serious harm: the highest to any group.</summary>
    public static RoshLevel? OverallRosh(AssessmentAnswers answers) =>
        Questionnaire.RoshGroups.Select(g => answers.Rosh(g.Key)).Where(r => r is not null).Max();

    /// <summary>A question's score in its section total, or null when it is unanswered or not scored.</summary>
    public static int? Score(Question question, AssessmentAnswers answers) => question.Kind switch
    {
        AnswerKind.Problem => (int?)answers.Problem(question.Key),
        AnswerKind.YesNo => answers.Bool(question.Key) is { } yes ? (yes ? 2 : 0) : null,
        AnswerKind.Motivation => answers.Get(question.Key) switch { "FULL_MOTIVATION" => 0, "PARTIAL_MOTIVATION" => 1, "NO_MOTIVATION" => 2, _ => null },
        AnswerKind.Injecting => answers.Get(question.Key) switch { "NEVER" => 0, "PREVIOUSLY" => 1, "CURRENTLY" => 2, _ => null },
        _ => null,
    };

    /// <summary>The section's question total; null when every scored answer is missing.</summary>
    public static int? SectionTotal(Section section, AssessmentAnswers answers)
    {
        var scores = section.Questions.Select(q => Score(q, answers)).Where(s => s is not null).ToList();
        return scores.Count == 0 ? null : scores.Sum();
    }

    /// <summary>Each weighted need section's severity, from its total and the OASys thresholds (tiering.md).</summary>
    public static IReadOnlyDictionary<NeedSection, NeedSeverity> Needs(AssessmentAnswers answers)
    {
        var needs = new Dictionary<NeedSection, NeedSeverity>();
        foreach (var section in Questionnaire.Sections.Where(s => s.Need is not null))
        {
            if (ProtectChangeCalculator.SeverityFromTotal(section.Need!.Value, SectionTotal(section, answers)) is { } severity)
            {
                needs[section.Need.Value] = severity;
            }
        }

        return needs;
    }

    /// <summary>The version 4 predictors' input from the record and the assessment's answers.</summary>
    public static V4Input ToV4Input(RecordFacts record, AssessmentAnswers answers, DateOnly assessmentDate)
    {
        var drugs = answers.List("drugsUsed")?.ToHashSet(StringComparer.Ordinal);
        bool? Drug(string key) => drugs is null ? null : drugs.Contains(key);
        MotivationLevel? motivation = answers.Get("motivationToTackleDrugMisuse") switch
        {
            "FULL_MOTIVATION" => MotivationLevel.Full,
            "PARTIAL_MOTIVATION" => MotivationLevel.Partial,
            "NO_MOTIVATION" => MotivationLevel.None,
            _ => null,
        };
        RelationshipStatus? status = answers.Get("currentRelationshipStatus") switch
        {
            "IN_RELATIONSHIP_LIVING_TOGETHER" => RelationshipStatus.InRelationshipLivingTogether,
            "IN_RELATIONSHIP_NOT_LIVING_TOGETHER" => RelationshipStatus.InRelationshipNotLivingTogether,
            "NOT_IN_RELATIONSHIP" => RelationshipStatus.NotInRelationship,
            _ => null,
        };
        var sexual = answers.Bool("hasEverCommittedSexualOffence");
        int? SexualCount(string key) => sexual == false ? answers.Count(key) ?? 0 : answers.Count(key);
        return new V4Input
        {
            AssessmentDate = assessmentDate,
            Gender = record.Gender,
            DateOfBirth = record.DateOfBirth,
            DateOfCurrentConviction = record.DateOfCurrentConviction,
            DateAtStartOfFollowup = record.DateAtStartOfFollowup,
            TotalNumberOfSanctionsForAllOffences = record.TotalSanctions,
            AgeAtFirstSanction = record.AgeAtFirstSanction,
            CurrentOffenceCode = record.CurrentOffenceCode,
            TotalNumberOfViolentSanctions = answers.Count("totalNumberOfViolentSanctions"),
            DidOffenceInvolveCarryingOrUsingWeapon = answers.Bool("didOffenceInvolveCarryingOrUsingWeapon"),
            SuitabilityOfAccommodation = answers.Problem("suitabilityOfAccommodation"),
            IsUnemployed = answers.Bool("isUnemployed"),
            CurrentRelationshipWithPartner = answers.Problem("currentRelationshipWithPartner"),
            EvidenceOfDomesticAbuse = answers.Bool("evidenceOfDomesticAbuse"),
            CurrentRelationshipStatus = status,
            RegularOffendingActivities = answers.Problem("regularOffendingActivities"),
            MotivationToTackleDrugMisuse = motivation,
            Drugs = new DrugUse(Drug("hasHeroinUsage"), Drug("hasMethadoneUsage"), Drug("hasOtherOpiateUsage"), Drug("hasCrackCocaineUsage"),
                Drug("hasPowderCocaineUsage"), Drug("hasMisusedPrescriptionDrugUsage"), Drug("hasBenzodiazepinesUsage"), Drug("hasCannabisUsage"),
                Drug("hasSteroidsUsage"), Drug("hasOtherDrugsUsage"), Drug("hasKetamineUsage"), Drug("hasSpiceUsage"), Drug("hasHallucinogensUsage"),
                Drug("hasSolventsUsage")),
            CurrentAlcoholUseProblems = answers.Problem("currentAlcoholUseProblems"),
            ExcessiveAlcoholUse = answers.Problem("excessiveAlcoholUse"),
            ImpulsivityProblems = answers.Problem("impulsivityProblems"),
            TemperControl = answers.Problem("temperControl"),
            ProCriminalAttitudes = answers.Problem("proCriminalAttitudes"),
            PreviousConvictions = answers.List("previousConvictions")?
                .Select(v => V4Contract.PreviousConvictionTypes.TryGetValue(v, out var type) ? type : (PreviousConvictionType?)null)
                .Where(t => t is not null).Select(t => t!.Value).ToList(),
            HasEverCommittedSexualOffence = sexual,
            SupervisionStatus = record.SupervisionStatus,
            TotalContactAdultSexualSanctions = SexualCount("totalContactAdultSexualSanctions"),
            TotalContactChildSexualSanctions = SexualCount("totalContactChildSexualSanctions"),
            TotalNonContactSexualOffences = SexualCount("totalNonContactSexualOffences"),
            TotalIndecentImageSanctions = SexualCount("totalIndecentImageSanctions"),
            DateOfMostRecentSexualOffence = answers.Date("dateOfMostRecentSexualOffence"),
            IsCurrentOffenceAgainstVictimStranger = answers.Bool("isCurrentOffenceAgainstVictimStranger"),
            MostRecentOffenceDate = record.MostRecentOffenceDate,
        };
    }

    /// <summary>
    /// The service's default countersigning policy: an assessment completed by a trainee (PQiP) or a PSO with a high or
    /// very high risk of serious harm needs a senior probation officer's countersignature.
    /// </summary>
    public static bool NeedsCountersignature(Grade assessor, RoshLevel? overallRosh) =>
        assessor is Grade.Pqip or Grade.Pso && overallRosh is RoshLevel.High or RoshLevel.VeryHigh;

    public static DateOnly ReviewDue(DateOnly completedOn) => completedOn.AddDays(ReviewIntervalDays);
}
