using Waypoint.Domain.Oversight;

namespace Waypoint.Domain.Tests.Oversight;

public class DisproportionalityTests
{
    [Fact]
    public void The_relative_rate_index_and_its_interval_match_a_hand_computed_example()
    {
        // 30 of 200 warned (15%) against 100 of 1,000 in the reference group (10%): RRI 1.5.
        // SE = sqrt(1/30 - 1/200 + 1/100 - 1/1000) = 0.193218; exp(ln 1.5 ± 1.96 SE) = 1.0271 to 2.1906.
        var result = Disproportionality.Compare(new("Black Caribbean", 30, 200), new("White British", 100, 1000));
        result.Index!.Value.ShouldBe(1.5, 1e-9);
        result.Lower!.Value.ShouldBe(1.0271, 0.0001);
        result.Upper!.Value.ShouldBe(2.1906, 0.0001);
        result.Significant.ShouldBeTrue();
    }

    [Fact]
    public void A_second_example_and_an_interval_that_straddles_one()
    {
        var higher = Disproportionality.Compare(new("Mixed", 12, 40), new("White British", 50, 400));
        higher.Index!.Value.ShouldBe(2.4, 1e-9);
        higher.Lower!.Value.ShouldBe(1.3990, 0.0001);
        higher.Upper!.Value.ShouldBe(4.1174, 0.0001);

        var chance = Disproportionality.Compare(new("Asian", 11, 100), new("White British", 100, 1000));
        chance.Index!.Value.ShouldBe(1.1, 1e-9);
        chance.Lower!.Value.ShouldBeLessThan(1);
        chance.Upper!.Value.ShouldBeGreaterThan(1);
        chance.Significant.ShouldBeFalse();
    }

    [Theory]
    [InlineData(9, 100)]
    [InlineData(1, 100)]
    [InlineData(5, 9)]
    public void Counts_from_one_to_nine_are_suppressed_and_give_no_index(int events, int population)
    {
        var result = Disproportionality.Compare(new("Small group", events, population), new("White British", 100, 1000));
        result.Suppression.ShouldBe(RateSuppression.SmallNumbers);
        result.Events.ShouldBeNull();
        result.Index.ShouldBeNull();
        result.Rate.ShouldBeNull();
    }

    [Fact]
    public void Zero_outcomes_give_an_index_of_zero_without_an_interval() =>
        Disproportionality.Compare(new("G", 0, 50), new("White British", 100, 1000)).Index.ShouldBe(0);

    [Fact]
    public void Nothing_to_compare_with_is_said_in_words()
    {
        Disproportionality.Compare(new("G", 20, 50), new("White British", 0, 1000)).NotCalculated.ShouldStartWith("The reference group has no such outcomes");
        Disproportionality.Compare(new("G", 20, 50), new("White British", 3, 1000)).NotCalculated.ShouldStartWith("The reference group's numbers are too small");
    }

    [Fact]
    public void The_reference_group_compares_to_itself_as_one()
    {
        var all = Disproportionality.CompareAll([new("White British", 100, 1000), new("Black African", 30, 200)], "White British");
        all[0].Index!.Value.ShouldBe(1, 1e-12);
        all[0].Lower.ShouldBeNull();
        all[1].Index!.Value.ShouldBe(1.5, 1e-9);
    }
}
