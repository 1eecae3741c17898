using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Tests.Tiering;

/// <summary>The earlier protect (A-D) × change (0-3) tier of tiering.md.</summary>
public class ProtectChangeCalculatorTests
{
    private static ProtectChangeAssessment Assessment(params (NeedSection Section, NeedSeverity Severity)[] needs) =>
        new(needs.ToDictionary(n => n.Section, n => n.Severity), false, 0, 0);

    [Fact]
    public void High_rosh_with_a_mandate_and_no_valid_assessment_is_b2()
    {
        var result = ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rosh = RoshLevel.High, HasMandateForChange = true });
        result.Tier.ShouldBe("B2");
        result.Protect.ShouldBe("B");
        result.Change.ShouldBe(2);
        result.ProtectPoints.ShouldBe(20);
        result.ChangePoints.ShouldBe(0);
    }

    [Fact]
    public void Only_the_higher_of_rsr_and_rosh_points_counts()
    {
        ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rsr = 7.00m, Rosh = RoshLevel.Medium }).ProtectPoints.ShouldBe(20);
        ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rsr = 6.99m, Rosh = RoshLevel.Medium }).ProtectPoints.ShouldBe(10);
        ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rsr = 2.99m }).ProtectPoints.ShouldBe(0);
        ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rsr = 50m, Rosh = RoshLevel.VeryHigh }).ProtectPoints.ShouldBe(150);
    }

    [Theory]
    [InlineData(3, 150, "A")]
    [InlineData(2, 150, "A")]
    [InlineData(1, 5, "D")]
    public void Mappa_levels(int level, int points, string protect)
    {
        var result = ProtectChangeCalculator.Calculate(new ProtectChangeInput { MappaLevel = level });
        result.ProtectPoints.ShouldBe(points);
        result.Protect.ShouldBe(protect);
    }

    [Fact]
    public void Complexity_factors_count_two_each_and_reach_c_at_ten()
    {
        var result = ProtectChangeCalculator.Calculate(new ProtectChangeInput
        {
            ComplexityFactors = [ComplexityFactor.MentalHealth, ComplexityFactor.Vulnerability, ComplexityFactor.ChildConcerns, ComplexityFactor.AdultAtRisk, ComplexityFactor.Terrorism],
        });
        result.ProtectPoints.ShouldBe(10);
        result.Protect.ShouldBe("C");
    }

    [Fact]
    public void Womens_factors_add_up_to_six_and_need_an_assessment_for_two_of_them()
    {
        var withAssessment = new ProtectChangeInput
        {
            Female = true, BreachOrRecallInLastYear = true, HasMandateForChange = true,
            Assessment = new ProtectChangeAssessment(new Dictionary<NeedSection, NeedSeverity>(), true, 1, 2),
        };
        ProtectChangeCalculator.Calculate(withAssessment).ProtectPoints.ShouldBe(6);
        ProtectChangeCalculator.Calculate(withAssessment with { Assessment = null }).ProtectPoints.ShouldBe(2);
        ProtectChangeCalculator.Calculate(withAssessment with { Female = false }).ProtectPoints.ShouldBe(0);
    }

    [Fact]
    public void No_mandate_for_change_is_change_level_0()
    {
        var result = ProtectChangeCalculator.Calculate(new ProtectChangeInput { Assessment = Assessment((NeedSection.Attitudes, NeedSeverity.Severe)) });
        result.Change.ShouldBe(0);
        result.Tier.ShouldBe("D0");
    }

    [Fact]
    public void Change_points_are_weighted_needs_plus_ogrs_tenths_plus_iom()
    {
        var input = new ProtectChangeInput
        {
            HasMandateForChange = true,
            Ogrs = 67m,
            IomNominal = true,
            Assessment = Assessment(
                (NeedSection.Accommodation, NeedSeverity.Severe), // 2
                (NeedSection.ThinkingAndBehaviour, NeedSeverity.Severe), // 4
                (NeedSection.Attitudes, NeedSeverity.Standard), // 2
                (NeedSection.FinancialManagement, NeedSeverity.Severe), // 0
                (NeedSection.DrugMisuse, NeedSeverity.Standard)), // 1
        };
        var result = ProtectChangeCalculator.Calculate(input);
        result.ChangePoints.ShouldBe(9 + 6 + 2);
        result.Change.ShouldBe(2);
        ProtectChangeCalculator.Calculate(input with { Ogrs = 99m }).Change.ShouldBe(3); // 9 + 9 + 2 = 20
        ProtectChangeCalculator.Calculate(input with { Ogrs = 0m, IomNominal = false }).Change.ShouldBe(1);
    }

    [Fact]
    public void Reduced_supervision_adds_s()
    {
        ProtectChangeCalculator.Calculate(new ProtectChangeInput { Rosh = RoshLevel.High, HasMandateForChange = true, ReducedSupervision = true }).Tier.ShouldBe("B2S");
    }

    [Theory]
    [InlineData(NeedSection.Accommodation, 1, NeedSeverity.None)]
    [InlineData(NeedSection.Accommodation, 2, NeedSeverity.Standard)]
    [InlineData(NeedSection.Accommodation, 7, NeedSeverity.Severe)]
    [InlineData(NeedSection.AlcoholMisuse, 3, NeedSeverity.None)]
    [InlineData(NeedSection.AlcoholMisuse, 4, NeedSeverity.Standard)]
    [InlineData(NeedSection.DrugMisuse, 8, NeedSeverity.Severe)]
    [InlineData(NeedSection.ThinkingAndBehaviour, 6, NeedSeverity.Standard)]
    public void Section_severity_from_the_question_total(NeedSection section, int total, NeedSeverity severity) =>
        ProtectChangeCalculator.SeverityFromTotal(section, total).ShouldBe(severity);

    [Fact]
    public void A_section_with_every_answer_missing_has_no_severity() =>
        ProtectChangeCalculator.SeverityFromTotal(NeedSection.Accommodation, null).ShouldBeNull();
}
