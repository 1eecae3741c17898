using Waypoint.Data.Oversight;
using Waypoint.Domain.People;

namespace Waypoint.Data.Tests;

public class EqualityGroupsTests
{
    [Theory]
    [InlineData("2009-12-01", "Under 18")]
    [InlineData("2008-11-30", "18 to 24")]
    [InlineData("2001-12-01", "18 to 24")]
    [InlineData("2001-11-30", "25 to 34")]
    [InlineData("1991-12-01", "25 to 34")]
    [InlineData("1991-11-30", "35 to 49")]
    [InlineData("1976-11-30", "50 and over")]
    public void Age_bands_turn_over_on_the_birthday(string birth, string band) =>
        EqualityReport.AgeBand(DateOnly.Parse(birth), new DateOnly(2026, 11, 30)).ShouldBe(band);

    [Fact]
    public void Every_recorded_ethnicity_falls_in_one_reporting_group()
    {
        var groups = Enum.GetValues<Ethnicity>().Select(EqualityReport.EthnicityName).Distinct().ToList();
        groups.ShouldBe(["Asian or Asian British", "Black or Black British", "Mixed", EqualityReport.WhiteBritish, "White other", "Other ethnic group", "Not stated"], ignoreOrder: true);
        EqualityReport.EthnicityName(Ethnicity.WhiteGypsyOrIrishTraveller).ShouldBe("White other");
        EqualityReport.EthnicityName(Ethnicity.MixedWhiteAndBlackCaribbean).ShouldBe("Mixed");
    }
}
