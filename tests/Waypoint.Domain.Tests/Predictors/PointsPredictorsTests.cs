using Waypoint.Domain.Predictors;

namespace Waypoint.Domain.Tests.Predictors;

/// <summary>OGP and OVP points schemes, as summarised in shared/reference/ogrs3.md ("Related predictors").</summary>
public class PointsPredictorsTests
{
    [Fact]
    public void Ogp_adds_the_published_points_and_converts_them()
    {
        // 16% OGRS3 -> round(9.6) = 10; NFA 5; unemployed 5; some lifestyle problems 3; drugs round(3.75 x 3) = 11;
        // thinking round(5/6 x 4) = 3; significant pro-criminal attitudes 5: 42 points.
        var result = PointsPredictors.Ogp(new OgpInput(16, true, true, ProblemLevel.Some, ProblemLevel.Significant, ProblemLevel.Some,
            ProblemLevel.Some, ProblemLevel.Significant, ProblemLevel.Some, ProblemLevel.Significant));
        result.Points.ShouldBe(42);
        result.Terms.Select(t => t.Contribution).ShouldBe([10, 5, 5, 3, 11, 3, 5]);
        result.TwoYearPercent.ShouldBe(38); // logistic(0.0616 x 42 - 3.0795) = 0.37935
        result.OneYearPercent.ShouldBe(25); // logistic(0.0616 x 42 - 3.6832) = 0.25049
        result.Band.ShouldBe(RiskBand.Medium);
    }

    [Theory]
    [InlineData(1, RiskBand.Low)]
    [InlineData(33, RiskBand.Low)]
    [InlineData(34, RiskBand.Medium)]
    [InlineData(66, RiskBand.Medium)]
    [InlineData(67, RiskBand.High)]
    [InlineData(84, RiskBand.High)]
    [InlineData(85, RiskBand.VeryHigh)]
    [InlineData(99, RiskBand.VeryHigh)]
    public void Ogp_bands_follow_the_two_year_percentage(int percent, RiskBand band) => PointsPredictors.OgpBand(percent).ShouldBe(band);

    [Theory]
    [InlineData(1, RiskBand.Low)]
    [InlineData(29, RiskBand.Low)]
    [InlineData(30, RiskBand.Medium)]
    [InlineData(59, RiskBand.Medium)]
    [InlineData(60, RiskBand.High)]
    [InlineData(79, RiskBand.High)]
    [InlineData(80, RiskBand.VeryHigh)]
    [InlineData(99, RiskBand.VeryHigh)]
    public void Ovp_bands_follow_the_two_year_percentage(int percent, RiskBand band) => PointsPredictors.OvpBand(percent).ShouldBe(band);

    [Fact]
    public void Ovp_adds_the_published_points_and_converts_them()
    {
        // 5 + male 5 + 6 violent (13) + 12 non-violent (4) + age 27 (10) + impact 4 + unemployed 4
        // + alcohol ceil(2.5 x 3) = 8 + temper 3: 56 points.
        var result = PointsPredictors.Ovp(new OvpInput(true, 6, 12, 27, true, false, true, ProblemLevel.Some, ProblemLevel.Significant, false, ProblemLevel.Some, ProblemLevel.None));
        result.Points.ShouldBe(56);
        result.TwoYearPercent.ShouldBe(54); // logistic(0.0722 x 56 - 3.8773) = 0.54138
        result.OneYearPercent.ShouldBe(38); // logistic(0.0722 x 56 - 4.5215) = 0.38265
        result.Band.ShouldBe(RiskBand.Medium);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 4)]
    [InlineData(2, 7)]
    [InlineData(3, 9)]
    [InlineData(4, 11)]
    [InlineData(5, 12)]
    [InlineData(6, 13)]
    [InlineData(10, 17)]
    [InlineData(17, 24)]
    [InlineData(18, 25)]
    [InlineData(40, 25)]
    public void Violent_sanction_points_follow_the_table(int count, int points) => PointsPredictors.ViolentSanctionPoints(count).ShouldBe(points);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 2)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(20, 4)]
    [InlineData(21, 5)]
    public void Non_violent_sanction_points_follow_the_table(int count, int points) => PointsPredictors.NonViolentSanctionPoints(count).ShouldBe(points);

    [Theory]
    [InlineData(18, 20)]
    [InlineData(19, 20)]
    [InlineData(20, 17)]
    [InlineData(21, 17)]
    [InlineData(22, 14)]
    [InlineData(23, 14)]
    [InlineData(24, 12)]
    [InlineData(25, 12)]
    [InlineData(26, 10)]
    [InlineData(30, 10)]
    [InlineData(31, 8)]
    [InlineData(35, 8)]
    [InlineData(36, 6)]
    [InlineData(40, 6)]
    [InlineData(41, 4)]
    [InlineData(45, 4)]
    [InlineData(46, 2)]
    [InlineData(50, 2)]
    [InlineData(51, 0)]
    public void Ovp_age_points_follow_the_table(int age, int points) => PointsPredictors.AgePoints(age).ShouldBe(points);

    [Fact]
    public void Ovp_refuses_ages_below_its_published_table() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PointsPredictors.Ovp(new OvpInput(true, 1, 0, 17, false, false, false, ProblemLevel.None, ProblemLevel.None, false, ProblemLevel.None, ProblemLevel.None)));
}
