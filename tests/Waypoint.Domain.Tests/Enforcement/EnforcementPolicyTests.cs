using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Domain.Tests.Enforcement;

public class EnforcementPolicyTests
{
    private static readonly EnforcementPolicy Policy = EnforcementPolicy.Default;
    private static readonly DateOnly Failure = new(2026, 3, 5);

    [Theory]
    [InlineData(SentenceType.CommunityOrder)]
    [InlineData(SentenceType.SuspendedSentenceOrder)]
    public void The_first_unacceptable_failure_on_a_community_sentence_gets_a_warning(SentenceType order)
    {
        var recommendation = Policy.Recommend(order, Failure, []);
        recommendation.Action.ShouldBe(EnforcementAction.Warning);
        recommendation.Options.ShouldBe([EnforcementAction.Warning, EnforcementAction.BreachAction]);
        recommendation.ActBy.ShouldBeNull();
    }

    [Fact]
    public void A_further_failure_within_twelve_months_of_a_warning_means_breach_within_ten_working_days()
    {
        var recommendation = Policy.Recommend(SentenceType.CommunityOrder, Failure, [new DateOnly(2025, 3, 5)]);
        recommendation.Action.ShouldBe(EnforcementAction.BreachAction);
        // Thursday 5 March 2026 + 10 working days = Thursday 19 March 2026.
        recommendation.ActBy.ShouldBe(new DateOnly(2026, 3, 19));
        recommendation.Reason.ShouldBe("A warning was given on 5 Mar 2025, within 12 months of this failure: breach action must start by 19 Mar 2026 (10 working days).");
    }

    [Fact]
    public void A_warning_more_than_twelve_months_old_has_lapsed() =>
        Policy.Recommend(SentenceType.CommunityOrder, Failure, [new DateOnly(2025, 3, 4)]).Action.ShouldBe(EnforcementAction.Warning);

    [Fact]
    public void A_warning_after_the_failure_does_not_count() =>
        Policy.Recommend(SentenceType.CommunityOrder, Failure, [Failure.AddDays(1)]).Action.ShouldBe(EnforcementAction.Warning);

    [Fact]
    public void A_licence_failure_means_a_recall_consideration() =>
        Policy.Recommend(SentenceType.CustodyWithLicence, Failure, []).Options.ShouldBe([EnforcementAction.Recall, EnforcementAction.NoRecall]);

    [Fact]
    public void A_service_that_gives_two_warnings_before_breach_is_configurable()
    {
        var lenient = Policy with { WarningsBeforeBreach = 2 };
        lenient.Recommend(SentenceType.CommunityOrder, Failure, [new DateOnly(2026, 1, 5)]).Action.ShouldBe(EnforcementAction.Warning);
        lenient.Recommend(SentenceType.CommunityOrder, Failure, [new DateOnly(2025, 12, 5), new DateOnly(2026, 1, 5)]).Action.ShouldBe(EnforcementAction.BreachAction);
    }

    [Fact]
    public void The_same_facts_always_give_the_same_recommendation()
    {
        var orders = Enum.GetValues<SentenceType>();
        var random = new Random(20261130);
        for (var i = 0; i < 500; i++)
        {
            var order = orders[random.Next(orders.Length)];
            var failure = new DateOnly(2026, 1, 1).AddDays(random.Next(365));
            var warnings = Enumerable.Range(0, random.Next(3)).Select(_ => failure.AddDays(-random.Next(800))).ToList();
            var first = Policy.Recommend(order, failure, warnings);
            var second = Policy.Recommend(order, failure, warnings.AsEnumerable().Reverse());
            second.ShouldBe(first with { Options = second.Options });
            second.Options.ShouldBe(first.Options);
        }
    }

    [Theory]
    [InlineData(EnforcementAction.Warning, EnforcementAction.Warning, false)]
    [InlineData(EnforcementAction.Warning, EnforcementAction.BreachAction, true)]
    [InlineData(EnforcementAction.BreachAction, EnforcementAction.BreachAction, true)]
    [InlineData(EnforcementAction.BreachAction, EnforcementAction.NoBreach, true)]
    [InlineData(EnforcementAction.Recall, EnforcementAction.Recall, true)]
    [InlineData(EnforcementAction.Recall, EnforcementAction.NoRecall, false)]
    public void Breach_recall_and_not_breaching_after_a_further_failure_need_countersignature(EnforcementAction recommended, EnforcementAction decided, bool needed)
    {
        var recommendation = new EnforcementRecommendation(recommended, "", [recommended, decided], null);
        Policy.NeedsCountersignature(recommendation, decided).Needed.ShouldBe(needed);
    }

    [Fact]
    public void A_decision_must_be_one_of_the_options()
    {
        var warning = Policy.Recommend(SentenceType.CommunityOrder, Failure, []);
        EnforcementPolicy.IsOption(warning, EnforcementAction.Recall).ShouldBeFalse();
        EnforcementPolicy.IsOption(warning, EnforcementAction.BreachAction).ShouldBeTrue();
    }

    [Fact]
    public void Policy_values_out_of_range_are_named() =>
        (Policy with { BreachStartWorkingDays = 0, WarningValidMonths = 30 }).Problems().Count.ShouldBe(2);

    [Fact]
    public void The_evidence_window_is_five_working_days()
    {
        // Missed on Thursday 2 April 2026: Good Friday and Easter Monday do not count.
        AbsenceRules.EvidenceWindowCloses(new DateOnly(2026, 4, 2), Policy).ShouldBe(new DateOnly(2026, 4, 13));
    }

    [Theory]
    [InlineData(AbsenceJudgement.Unacceptable, AbsenceReason.SicknessWithEvidence, false)]
    [InlineData(AbsenceJudgement.Unacceptable, AbsenceReason.NoExplanation, true)]
    [InlineData(AbsenceJudgement.Acceptable, AbsenceReason.NoExplanation, false)]
    [InlineData(AbsenceJudgement.Acceptable, AbsenceReason.Caring, true)]
    [InlineData(AbsenceJudgement.AwaitingExplanation, AbsenceReason.NoExplanation, true)]
    [InlineData(AbsenceJudgement.AwaitingExplanation, AbsenceReason.Work, false)]
    public void Reasons_fit_judgements(AbsenceJudgement judgement, AbsenceReason reason, bool allowed) =>
        AbsenceRules.IsReasonAllowed(judgement, reason).ShouldBe(allowed);
}
