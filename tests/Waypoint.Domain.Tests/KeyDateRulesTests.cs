using Waypoint.Domain.Sentencing;

namespace Waypoint.Domain.Tests;

public class KeyDateRulesTests
{
    private static readonly DateOnly Sentenced = new(2026, 1, 15);

    [Theory]
    [InlineData(SentenceType.CommunityOrder)]
    [InlineData(SentenceType.SuspendedSentenceOrder)]
    public void Community_sentences_run_for_their_length_from_sentence(SentenceType type)
    {
        var dates = KeyDateRules.Derive(type, Sentenced, 12);
        dates.StartDate.ShouldBe(Sentenced);
        dates.ExpectedEndDate.ShouldBe(new DateOnly(2027, 1, 14));
        dates.ReleaseDate.ShouldBeNull();
        dates.PostSentenceSupervisionEndDate.ShouldBeNull();
    }

    [Fact]
    public void Custody_releases_at_the_halfway_point_and_licence_runs_to_sentence_expiry()
    {
        // 24 months from 15 Jan 2026: expiry 14 Jan 2028 (730 days), released after 365 days.
        var dates = KeyDateRules.Derive(SentenceType.CustodyWithLicence, Sentenced, 24);
        dates.SentenceExpiryDate.ShouldBe(new DateOnly(2028, 1, 14));
        dates.LicenceExpiryDate.ShouldBe(dates.SentenceExpiryDate);
        dates.ReleaseDate.ShouldBe(Sentenced.AddDays(365));
        dates.PostSentenceSupervisionEndDate.ShouldBeNull("sentences of 2 years or more have no post-sentence supervision");
    }

    [Fact]
    public void Custody_under_two_years_adds_supervision_ending_12_months_after_release()
    {
        var dates = KeyDateRules.Derive(SentenceType.CustodyWithLicence, Sentenced, 6);
        dates.ReleaseDate.ShouldNotBeNull();
        dates.PostSentenceSupervisionEndDate.ShouldBe(dates.ReleaseDate!.Value.AddMonths(12).AddDays(-1));
        dates.ExpectedEndDate.ShouldBe(dates.PostSentenceSupervisionEndDate);
        dates.LicenceExpiryDate.ShouldBe(new DateOnly(2026, 7, 14));
    }

    [Fact]
    public void A_sentence_needs_a_length() =>
        Should.Throw<ArgumentOutOfRangeException>(() => KeyDateRules.Derive(SentenceType.CommunityOrder, Sentenced, 0));

    [Theory]
    [InlineData(RequirementType.UnpaidWork, 150, 62, "62 of 150 unpaid work hours")]
    [InlineData(RequirementType.RehabilitationActivity, 20, 25, "20 of 20 RAR days")]
    [InlineData(RequirementType.AccreditedProgramme, 26, -1, "0 of 26 programme sessions")]
    public void Requirement_progress_is_said_in_words(RequirementType type, int length, int completed, string expected) =>
        SentenceNames.DescribeProgress(type, length, completed).ShouldBe(expected);

    [Fact]
    public void There_are_nine_standard_licence_conditions_with_unique_codes()
    {
        StandardLicenceConditions.All.Count.ShouldBe(9);
        StandardLicenceConditions.All.Select(c => c.Code).Distinct().Count().ShouldBe(9);
    }
}
