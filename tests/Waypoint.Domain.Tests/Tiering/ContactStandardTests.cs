using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Tests.Tiering;

public class ContactStandardTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Theory]
    [InlineData("A", 7)]
    [InlineData("B", 14)]
    [InlineData("C", 21)]
    [InlineData("D", 28)]
    [InlineData("E", 42)]
    [InlineData("F", 42)]
    [InlineData("G", 56)]
    public void Default_frequencies_after_the_first_four_weeks(string tier, int days)
    {
        var last = Start.AddDays(60);
        var due = ContactStandard.NextDue(ContactStandard.Default, tier, Start, last, last);
        due.DueOn.ShouldBe(last.AddDays(days));
        due.IsOverdue.ShouldBeFalse();
    }

    [Fact]
    public void Everyone_is_seen_weekly_for_the_first_four_weeks_whatever_the_tier()
    {
        var due = ContactStandard.NextDue(ContactStandard.Default, "G", Start, Start.AddDays(10), Start.AddDays(10));
        due.DueOn.ShouldBe(Start.AddDays(17));
        due.Reason.ShouldContain("first 4 weeks");
    }

    [Fact]
    public void No_contact_since_start_counts_from_the_start_and_becomes_overdue()
    {
        var due = ContactStandard.NextDue(ContactStandard.Default, "C", Start, null, Start.AddDays(8));
        due.DueOn.ShouldBe(Start.AddDays(7));
        due.IsOverdue.ShouldBeTrue();
    }

    [Fact]
    public void The_version_in_force_is_the_latest_started()
    {
        var newer = ContactStandard.Default with { EffectiveFrom = new DateOnly(2026, 6, 1), Rows = [new("A", 3, ContactKind.HomeVisit)] };
        ContactStandard.InForce([ContactStandard.Default, newer], new DateOnly(2026, 5, 31)).ShouldBe(ContactStandard.Default);
        ContactStandard.InForce([ContactStandard.Default, newer], new DateOnly(2026, 6, 1)).ShouldBe(newer);
    }

    [Fact]
    public void Protect_change_tiers_use_their_letter_and_untiered_cases_are_seen_weekly()
    {
        ContactStandard.NextDue(ContactStandard.Default, "B2", Start, Start.AddDays(100), Start.AddDays(100)).IntervalDays.ShouldBe(14);
        ContactStandard.NextDue(ContactStandard.Default, null, Start, Start.AddDays(100), Start.AddDays(100)).IntervalDays.ShouldBe(7);
    }
}
