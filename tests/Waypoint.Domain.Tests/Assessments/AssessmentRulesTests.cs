using Waypoint.Domain.Assessments;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Tests.Assessments;

public class AssessmentRulesTests
{
    private static readonly Section Accommodation = Questionnaire.Find("accommodation")!;

    [Fact]
    public void A_section_is_not_started_then_in_progress_then_complete_with_its_analysis()
    {
        var answers = new AssessmentAnswers();
        AssessmentRules.StatusOf(Accommodation, answers).ShouldBe(SectionStatus.NotStarted);
        answers.Set("suitabilityOfAccommodation", "SOME_PROBLEMS");
        AssessmentRules.StatusOf(Accommodation, answers).ShouldBe(SectionStatus.InProgress);
        answers.Set("noFixedAbode", "NO");
        answers.Set("permanenceOfAccommodation", "NO_PROBLEMS");
        answers.Set("suitabilityOfLocation", "NO_PROBLEMS");
        AssessmentRules.Missing(Accommodation, answers).ShouldBe(["Analysis"]);
        answers.Set(Accommodation.AnalysisKey, "Lives with his mother; the tenancy is secure until March.");
        AssessmentRules.StatusOf(Accommodation, answers).ShouldBe(SectionStatus.Completed);
    }

    [Fact]
    public void Sexual_offending_counts_are_needed_only_with_a_sexual_offence_history()
    {
        var offending = Questionnaire.Find("offending")!;
        var answers = new AssessmentAnswers();
        answers.Set("hasEverCommittedSexualOffence", "NO");
        AssessmentRules.Missing(offending, answers).ShouldNotContain(q => q.Contains("indecent images"));
        answers.Set("hasEverCommittedSexualOffence", "YES");
        AssessmentRules.Missing(offending, answers).ShouldContain("Sanctions for indecent images");
    }

    [Fact]
    public void Overall_rosh_is_the_highest_to_any_group()
    {
        var answers = new AssessmentAnswers();
        AssessmentRules.OverallRosh(answers).ShouldBeNull();
        answers.Set("roshPublic", "MEDIUM");
        answers.Set("roshChildren", "HIGH");
        answers.Set("roshStaff", "LOW");
        AssessmentRules.OverallRosh(answers).ShouldBe(RoshLevel.High);
    }

    [Fact]
    public void Section_totals_score_problems_yes_no_and_reach_the_severity_thresholds()
    {
        var answers = new AssessmentAnswers();
        answers.Set("noFixedAbode", "YES"); // 2
        answers.Set("suitabilityOfAccommodation", "SIGNIFICANT_PROBLEMS"); // 2
        answers.Set("permanenceOfAccommodation", "SIGNIFICANT_PROBLEMS"); // 2
        answers.Set("suitabilityOfLocation", "SOME_PROBLEMS"); // 1
        AssessmentRules.SectionTotal(Accommodation, answers).ShouldBe(7);
        AssessmentRules.Needs(answers)[NeedSection.Accommodation].ShouldBe(NeedSeverity.Severe);
        answers.Set("suitabilityOfLocation", "NO_PROBLEMS");
        AssessmentRules.Needs(answers)[NeedSection.Accommodation].ShouldBe(NeedSeverity.Standard);
        AssessmentRules.Needs(answers).ContainsKey(NeedSection.AlcoholMisuse).ShouldBeFalse();
    }

    [Fact]
    public void Answers_become_the_v4_predictors_dynamic_items()
    {
        var answers = new AssessmentAnswers();
        answers.Set("suitabilityOfAccommodation", "SOME_PROBLEMS");
        answers.Set("isUnemployed", "YES");
        answers.Set("currentRelationshipStatus", "IN_RELATIONSHIP_LIVING_TOGETHER");
        answers.Set("drugsUsed", "hasCannabisUsage,hasSpiceUsage");
        answers.Set("previousConvictions", "", keepEmpty: true);
        answers.Set("hasEverCommittedSexualOffence", "NO");
        var record = new RecordFacts(PredictorGender.Male, new DateOnly(1990, 1, 1), new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), 4, 17, "02700",
            SupervisionStatus.Community, null);
        var input = AssessmentRules.ToV4Input(record, answers, new DateOnly(2026, 1, 1));
        input.SuitabilityOfAccommodation.ShouldBe(ProblemLevel.Some);
        input.IsUnemployed.ShouldBe(true);
        input.CurrentRelationshipStatus.ShouldBe(RelationshipStatus.InRelationshipLivingTogether);
        input.Drugs.Cannabis.ShouldBe(true);
        input.Drugs.Spice.ShouldBe(true);
        input.Drugs.Heroin.ShouldBe(false);
        input.PreviousConvictions.ShouldBeEmpty();
        input.TotalIndecentImageSanctions.ShouldBe(0);
        input.CurrentOffenceCode.ShouldBe("02700");
    }

    [Theory]
    [InlineData(Grade.Pqip, RoshLevel.High, true)]
    [InlineData(Grade.Pso, RoshLevel.VeryHigh, true)]
    [InlineData(Grade.Pso, RoshLevel.Medium, false)]
    [InlineData(Grade.Po, RoshLevel.VeryHigh, false)]
    public void Countersigning_is_needed_for_trainees_and_psos_with_high_rosh(Grade grade, RoshLevel rosh, bool needed) =>
        AssessmentRules.NeedsCountersignature(grade, rosh).ShouldBe(needed);

    [Fact]
    public void A_review_falls_due_16_weeks_after_completion() =>
        AssessmentRules.ReviewDue(new DateOnly(2026, 1, 5)).ShouldBe(new DateOnly(2026, 4, 27));

    [Fact]
    public void Answers_round_trip_through_json()
    {
        var answers = new AssessmentAnswers();
        answers.Set("drugsUsed", "", keepEmpty: true);
        answers.Set("roshPublic", "HIGH");
        var copy = AssessmentAnswers.FromJson(answers.ToJson());
        copy.List("drugsUsed").ShouldBeEmpty();
        copy.Rosh("roshPublic").ShouldBe(RoshLevel.High);
        copy.Has("roshStaff").ShouldBeFalse();
    }
}
