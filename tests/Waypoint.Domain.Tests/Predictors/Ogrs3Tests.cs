using Waypoint.Domain.Predictors;

namespace Waypoint.Domain.Tests.Predictors;

/// <summary>OGRS3 as specified in shared/reference/ogrs3.md (MoJ Research Summary 7/09, OASys coefficients).</summary>
public class Ogrs3Tests
{
    private static Ogrs3Input WorkedExample => new(
        PredictorGender.Male, new DateOnly(1965, 12, 7), new DateOnly(2025, 5, 13), new DateOnly(2026, 12, 6), 2, 47, "02700");

    [Fact]
    public void Worked_example_scores_8_and_16_percent_low()
    {
        var result = Ogrs3Calculator.Calculate(WorkedExample);
        result.IsScored.ShouldBeTrue();
        result.LinearPredictor!.Value.ShouldBe(-3.8016947, 0.0000005);
        Math.Round(result.OneYearProbability!.Value, 5).ShouldBe(0.08324);
        Math.Round(result.TwoYearProbability!.Value, 5).ShouldBe(0.15710);
        result.OneYearPercent.ShouldBe(8);
        result.TwoYearPercent.ShouldBe(16);
        result.Band.ShouldBe(RiskBand.Low);
    }

    [Fact]
    public void Worked_example_explains_each_term()
    {
        var terms = Ogrs3Calculator.Calculate(WorkedExample).Terms;
        terms.Select(t => t.Name).ShouldBe(["Age and gender", "Sanction history", "Rate of offending (Copas rate)", "Current offence"]);
        terms[0].Contribution.ShouldBe(-2.0253);
        terms[1].Contribution.ShouldBe(0.46306);
        terms[2].Contribution.ShouldBe(-3.0000547, 0.0000005);
        terms[3].Contribution.ShouldBe(0.7606);
        terms[3].Explanation.ShouldContain("Soliciting or prostitution");
    }

    // Every cell of the age x gender table, by age at the start of follow-up.
    [Theory]
    [InlineData(16, PredictorGender.Male, -0.0616)]
    [InlineData(17, PredictorGender.Female, -0.9592)]
    [InlineData(18, PredictorGender.Male, -0.6251)]
    [InlineData(20, PredictorGender.Female, -0.8975)]
    [InlineData(21, PredictorGender.Male, -1.0515)]
    [InlineData(24, PredictorGender.Female, -1.0285)]
    [InlineData(25, PredictorGender.Male, -1.1667)]
    [InlineData(29, PredictorGender.Female, -1.0528)]
    [InlineData(30, PredictorGender.Male, -1.326)]
    [InlineData(34, PredictorGender.Female, -1.1291)]
    [InlineData(35, PredictorGender.Male, -1.368)]
    [InlineData(39, PredictorGender.Female, -1.4219)]
    [InlineData(40, PredictorGender.Male, -1.4997)]
    [InlineData(49, PredictorGender.Female, -1.5247)]
    [InlineData(50, PredictorGender.Male, -2.0253)]
    [InlineData(80, PredictorGender.Female, -2.4498)]
    [InlineData(17, PredictorGender.Male, -0.0616)]
    [InlineData(16, PredictorGender.Female, -0.9592)]
    [InlineData(20, PredictorGender.Male, -0.6251)]
    [InlineData(18, PredictorGender.Female, -0.8975)]
    [InlineData(24, PredictorGender.Male, -1.0515)]
    [InlineData(21, PredictorGender.Female, -1.0285)]
    [InlineData(29, PredictorGender.Male, -1.1667)]
    [InlineData(25, PredictorGender.Female, -1.0528)]
    [InlineData(34, PredictorGender.Male, -1.326)]
    [InlineData(30, PredictorGender.Female, -1.1291)]
    [InlineData(39, PredictorGender.Male, -1.368)]
    [InlineData(35, PredictorGender.Female, -1.4219)]
    [InlineData(49, PredictorGender.Male, -1.4997)]
    [InlineData(40, PredictorGender.Female, -1.5247)]
    [InlineData(99, PredictorGender.Male, -2.0253)]
    [InlineData(50, PredictorGender.Female, -2.4498)]
    public void Age_and_gender_term_follows_the_published_table(int ageAtFollowup, PredictorGender gender, double expected)
    {
        var dob = new DateOnly(1940, 6, 15);
        var followup = dob.AddYears(ageAtFollowup).AddDays(10);
        var result = Ogrs3Calculator.Calculate(new Ogrs3Input(gender, dob, followup.AddDays(-5), followup, 1, ageAtFollowup - 1, "00100"));
        result.IsScored.ShouldBeTrue();
        result.Terms[0].Contribution.ShouldBe(expected);
        result.Terms[1].Contribution.ShouldBe(0.12614, "a first sanction");
    }

    [Theory]
    [InlineData(0.0949995, 10)] // 0.09500 after five-place rounding: reports as 10, not 9
    [InlineData(0.094994, 9)]
    [InlineData(0.001, 1)]
    [InlineData(0.9999, 99)]
    [InlineData(0.745, 75)]
    public void Percentages_round_twice_half_up_and_clamp_to_1_99(double probability, int expected) =>
        Ogrs3Calculator.ToPercent(probability).ShouldBe(expected);

    [Theory]
    [InlineData(49, RiskBand.Low)]
    [InlineData(50, RiskBand.Medium)]
    [InlineData(74, RiskBand.Medium)]
    [InlineData(75, RiskBand.High)]
    [InlineData(89, RiskBand.High)]
    [InlineData(90, RiskBand.VeryHigh)]
    public void Bands_are_taken_from_the_two_year_percentage(int percent, RiskBand band) => Ogrs3Calculator.BandOf(percent).ShouldBe(band);

    [Fact]
    public void Missing_inputs_are_named_not_guessed()
    {
        var result = Ogrs3Calculator.Calculate(new Ogrs3Input(null, new DateOnly(1990, 1, 1), null, new DateOnly(2026, 1, 1), 3, null, "02700"));
        result.IsScored.ShouldBeFalse();
        result.Refusals[0].Type.ShouldBe("MISSING_MANDATORY_INPUT");
        result.Refusals[0].Fields.ShouldBe(["gender", "dateOfCurrentConviction", "ageAtFirstSanction"]);
        result.OneYearPercent.ShouldBeNull();
    }

    public static IEnumerable<object[]> Refusals() =>
    [
        [WorkedExample with { TotalNumberOfSanctionsForAllOffences = 0 }, "TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE"],
        [WorkedExample with { DateOfCurrentConviction = new DateOnly(1965, 12, 7) }, "DATE_OF_CURRENT_CONVICTION_BEFORE_DATE_OF_BIRTH"],
        [WorkedExample with { DateAtStartOfFollowup = new DateOnly(1960, 1, 1) }, "DATE_OF_START_OF_FOLLOWUP_BEFORE_DATE_OF_BIRTH"],
        [WorkedExample with { DateOfCurrentConviction = new DateOnly(1974, 1, 1), AgeAtFirstSanction = 8 }, "AGE_AT_CURRENT_CONVICTION_UNDER_10"],
        [WorkedExample with { AgeAtFirstSanction = 60 }, "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION"],
        [WorkedExample with { DateOfCurrentConviction = new DateOnly(1980, 1, 1), DateAtStartOfFollowup = new DateOnly(1980, 6, 1), AgeAtFirstSanction = 14 }, "AGE_AT_START_OF_FOLLOWUP_UNDER_16"],
        [WorkedExample with { CurrentOffenceCode = "2700" }, "OFFENCE_CODE_INCORRECT_FORMAT"],
        [WorkedExample with { CurrentOffenceCode = "12345" }, "OFFENCE_CODE_MAPPING_NOT_FOUND"],
        [WorkedExample with { CurrentOffenceCode = "95003" }, "OFFENCE_CODE_MAPPING_NOT_FOUND"],
        [WorkedExample with { CurrentOffenceCode = "08800" }, "NEED_DETAILS_OF_EXACT_OFFENCE"],
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_is_named(Ogrs3Input input, string expected)
    {
        var result = Ogrs3Calculator.Calculate(input);
        result.IsScored.ShouldBeFalse();
        result.Refusals.Select(r => r.Type).ShouldContain(expected);
    }

    [Fact]
    public void Refusals_are_all_reported_in_the_published_order()
    {
        var result = Ogrs3Calculator.Calculate(WorkedExample with { TotalNumberOfSanctionsForAllOffences = 0, CurrentOffenceCode = "08800" });
        result.Refusals.Select(r => r.Type).ShouldBe(["TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE", "NEED_DETAILS_OF_EXACT_OFFENCE"]);
    }

    [Fact]
    public void More_sanctions_never_lower_the_score()
    {
        // A property over a grid of people: holding everything else fixed, each extra sanction raises (or keeps) both scores.
        foreach (var ageAtFirst in new[] { 12, 18, 30, 45 })
        foreach (var code in new[] { "00100", "02700", "09201", "04600" })
        foreach (var gender in new[] { PredictorGender.Male, PredictorGender.Female })
        {
            var previous = (OneYear: 0, TwoYear: 0);
            for (var sanctions = 1; sanctions <= 60; sanctions++)
            {
                var result = Ogrs3Calculator.Calculate(WorkedExample with { Gender = gender, AgeAtFirstSanction = ageAtFirst, CurrentOffenceCode = code, TotalNumberOfSanctionsForAllOffences = sanctions });
                result.OneYearPercent!.Value.ShouldBeGreaterThanOrEqualTo(previous.OneYear);
                result.TwoYearPercent!.Value.ShouldBeGreaterThanOrEqualTo(previous.TwoYear);
                previous = (result.OneYearPercent.Value, result.TwoYearPercent.Value);
            }
        }
    }

    [Fact]
    public void An_offence_code_written_with_a_slash_is_accepted() =>
        Ogrs3Calculator.Calculate(WorkedExample with { CurrentOffenceCode = "027/00" }).TwoYearPercent.ShouldBe(16);
}

public class Ogrs3OffenceTableTests
{
    [Fact]
    public void The_published_table_loads_every_code_into_twenty_groups()
    {
        var table = Ogrs3OffenceTable.Default;
        table.Count.ShouldBe(3028);
        table.Find("02700")!.Group!.Name.ShouldBe("Soliciting or prostitution");
        table.Find("08800")!.Problem.ShouldBe(Ogrs3OffenceCodeProblem.NeedDetailsOfExactOffence);
        table.Find("99955")!.Problem.ShouldBe(Ogrs3OffenceCodeProblem.NoOgrs3Group);
    }

    // Every group coefficient in the reference, checked through a code of that group.
    [Theory]
    [InlineData("00100", "Violence", 0.0)]
    [InlineData("03401", "Robbery", -0.6348)]
    [InlineData("06600", "Public order", 0.1819)]
    [InlineData("00839", "Sexual (not against child)", 0.0328)]
    [InlineData("01612", "Sexual (against child)", -0.6534)]
    [InlineData("02800", "Burglary (domestic)", -0.1239)]
    [InlineData("03000", "Burglary (other)", 0.2406)]
    [InlineData("04600", "Theft (non-motor)", 0.6612)]
    [InlineData("19500", "Other offence", -0.0607)]
    [InlineData("05401", "Handling stolen goods", 0.3519)]
    [InlineData("05101", "Fraud and forgery", 0.1599)]
    [InlineData("08000", "Absconding or bail offences", 0.7334)]
    [InlineData("04800", "Taking & driving away and related offences", 0.3801)]
    [InlineData("04500", "Theft from vehicles", 0.4272)]
    [InlineData("00404", "Other motoring", 0.2622)]
    [InlineData("80301", "Drink driving and related offences", -0.1214)]
    [InlineData("05800", "Criminal damage", 0.205)]
    [InlineData("09201", "Drug import/export/production", -0.7956)]
    [InlineData("07700", "Drug possession/supply", 0.0772)]
    [InlineData("02700", "Soliciting or prostitution", 0.7606)]
    public void Group_coefficients_match_the_reference(string code, string group, double coefficient)
    {
        var entry = Ogrs3OffenceTable.Default.Find(code)!;
        entry.Group!.Name.ShouldBe(group);
        entry.Group.Coefficient.ShouldBe(coefficient);
    }

    [Theory]
    [InlineData("027/00", "02700")]
    [InlineData(" 02700 ", "02700")]
    [InlineData("2700", null)]
    [InlineData("0270A", null)]
    [InlineData("027-00", null)]
    public void Codes_are_normalised_to_five_digits(string input, string? expected) => Ogrs3OffenceTable.Normalise(input).ShouldBe(expected);
}
