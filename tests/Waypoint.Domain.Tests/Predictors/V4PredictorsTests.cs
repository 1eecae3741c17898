using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;

namespace Waypoint.Domain.Tests.Predictors;

/// <summary>The OASys version 4 predictors against the worked examples and rules of shared/reference/predictors-v4.md.</summary>
public class V4PredictorsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>§8 fixture allReoffendingPredictor-input-2-valid-dynamic.</summary>
    private static V4Input ArpDynamicExample => new()
    {
        AssessmentDate = new DateOnly(2026, 8, 4),
        Gender = PredictorGender.Male,
        DateOfBirth = new DateOnly(1991, 7, 17),
        DateOfCurrentConviction = new DateOnly(2021, 8, 5),
        DateAtStartOfFollowup = new DateOnly(2021, 12, 12),
        TotalNumberOfSanctionsForAllOffences = 2,
        AgeAtFirstSanction = 21,
        CurrentOffenceCode = "11618",
        SuitabilityOfAccommodation = ProblemLevel.Some,
        IsUnemployed = false,
        CurrentRelationshipWithPartner = ProblemLevel.Some,
        EvidenceOfDomesticAbuse = true,
        CurrentRelationshipStatus = RelationshipStatus.InRelationshipLivingTogether,
        RegularOffendingActivities = ProblemLevel.Some,
        MotivationToTackleDrugMisuse = MotivationLevel.Partial,
        CurrentAlcoholUseProblems = ProblemLevel.Some,
        ExcessiveAlcoholUse = ProblemLevel.Some,
        ImpulsivityProblems = ProblemLevel.Some,
        ProCriminalAttitudes = ProblemLevel.Some,
    };

    /// <summary>§8 regression row 2476.</summary>
    private static V4Input HeavyHistoryExample => new()
    {
        AssessmentDate = new DateOnly(2025, 10, 3),
        Gender = PredictorGender.Male,
        DateOfBirth = new DateOnly(1937, 12, 23),
        DateOfCurrentConviction = new DateOnly(1957, 11, 4),
        DateAtStartOfFollowup = new DateOnly(1958, 9, 19),
        TotalNumberOfSanctionsForAllOffences = 89,
        TotalNumberOfViolentSanctions = 78,
        AgeAtFirstSanction = 19,
        CurrentOffenceCode = "12100",
    };

    /// <summary>§8 e2e happy path for the sexual predictors.</summary>
    private static V4Input SexualHistoryExample => new()
    {
        AssessmentDate = new DateOnly(2025, 1, 1),
        Gender = PredictorGender.Male,
        DateOfBirth = new DateOnly(1980, 1, 1),
        DateAtStartOfFollowup = new DateOnly(2040, 1, 1),
        DateOfMostRecentSexualOffence = new DateOnly(1994, 1, 1),
        HasEverCommittedSexualOffence = true,
        SupervisionStatus = SupervisionStatus.Community,
        TotalNumberOfSanctionsForAllOffences = 21,
        TotalContactAdultSexualSanctions = 5,
        TotalContactChildSexualSanctions = 5,
        TotalNonContactSexualOffences = 5,
        TotalIndecentImageSanctions = 5,
    };

    private static V4PredictorResult Linear(string predictor, V4Input input) =>
        V4Calculator.CalculateLinear(predictor, input, V4Coefficients.Default, V4OffenceTable.Default);

    [Fact]
    public void Arp_dynamic_worked_example_scores_8_81_low()
    {
        var result = Linear(V4Calculator.Arp, ArpDynamicExample);
        result.Errors.ShouldBeEmpty();
        result.ScoreType.ShouldBe(ScoreType.Dynamic);
        result.LinearPredictor!.Value.ShouldBe(-2.337088, 0.0000005);
        result.Score.ShouldBe(8.81m);
        result.Band.ShouldBe(V4Band.Low);
    }

    [Fact]
    public void Arp_dynamic_worked_example_lists_each_term_as_the_reference_gives_it()
    {
        var terms = Linear(V4Calculator.Arp, ArpDynamicExample).Terms.ToDictionary(t => t.Name, t => t.Contribution);
        terms["Starting point"].ShouldBe(3.836541, 0.0000005);
        terms["Age"].ShouldBe(-2.456591, 0.0000005);
        terms["Current offence"].ShouldBe(0.097116, 0.0000005);
        terms["Second sanction"].ShouldBe(-2.603446, 0.0000005);
        terms["Number of sanctions"].ShouldBe(-0.006053, 0.0000005);
        terms["Years between sanctions"].ShouldBe(-0.287753, 0.0000005);
        terms["Offence-free time"].ShouldBe(-1.384101, 0.0000005);
        terms["Lives with a partner (6.8)"].ShouldBe(-0.266332, 0.0000005);
        terms["Relationship problems while living together (6.4 × 6.8)"].ShouldBe(0.141655, 0.0000005);
        terms["Motivation to tackle drug misuse (8.8)"].ShouldBe(0.086154, 0.0000005);
    }

    [Fact]
    public void Arp_without_dynamic_answers_scores_the_static_model_and_reports_what_is_missing()
    {
        var example = ArpDynamicExample with
        {
            SuitabilityOfAccommodation = null, IsUnemployed = null, CurrentRelationshipWithPartner = null, EvidenceOfDomesticAbuse = null,
            CurrentRelationshipStatus = null, RegularOffendingActivities = null, MotivationToTackleDrugMisuse = null,
            CurrentAlcoholUseProblems = null, ExcessiveAlcoholUse = null, ImpulsivityProblems = null, ProCriminalAttitudes = null,
        };
        var result = Linear(V4Calculator.Arp, example);
        result.Score.ShouldBe(4.27m);
        result.ScoreType.ShouldBe(ScoreType.Static);
        result.Errors.Single().Type.ShouldBe("MISSING_DYNAMIC_INPUT");
        result.Errors.Single().Fields.ShouldBe([
            "suitabilityOfAccommodation", "isUnemployed", "currentRelationshipWithPartner", "evidenceOfDomesticAbuse", "currentRelationshipStatus",
            "regularOffendingActivities", "currentAlcoholUseProblems", "excessiveAlcoholUse", "impulsivityProblems", "proCriminalAttitudes",
        ]);
    }

    [Fact]
    public void Heavy_history_example_scores_arp_vrp_and_svrp_very_high()
    {
        var arp = Linear(V4Calculator.Arp, HeavyHistoryExample);
        arp.LinearPredictor!.Value.ShouldBe(2.795501, 0.0000005);
        arp.Score.ShouldBe(94.24m);
        arp.Band.ShouldBe(V4Band.VeryHigh);
        arp.Terms.Single(t => t.Name == "Rate of offending (Copas rate)").Contribution.ShouldBe(1.911007, 0.0000005);
        arp.Terms.Single(t => t.Name == "Rate of offending, squared").Contribution.ShouldBe(0.195843, 0.0000005);

        var vrp = Linear(V4Calculator.Vrp, HeavyHistoryExample);
        vrp.LinearPredictor!.Value.ShouldBe(2.340593, 0.0000005);
        vrp.Score.ShouldBe(91.22m);
        vrp.Band.ShouldBe(V4Band.VeryHigh);

        var svrp = Linear(V4Calculator.Svrp, HeavyHistoryExample);
        svrp.LinearPredictor!.Value.ShouldBe(-1.467166, 0.0000005);
        svrp.Score.ShouldBe(18.74m);
        svrp.Band.ShouldBe(V4Band.VeryHigh);
        svrp.ScoreType.ShouldBe(ScoreType.Static);
    }

    [Fact]
    public void Svrp_dynamic_worked_example_scores_0_24_low_with_no_offence_free_time_before_follow_up()
    {
        var input = new V4Input
        {
            AssessmentDate = new DateOnly(2025, 1, 1),
            Gender = PredictorGender.Male,
            DateOfBirth = new DateOnly(1980, 1, 1),
            DateOfCurrentConviction = new DateOnly(2020, 1, 1),
            DateAtStartOfFollowup = new DateOnly(2027, 1, 1),
            TotalNumberOfSanctionsForAllOffences = 1,
            TotalNumberOfViolentSanctions = 1,
            AgeAtFirstSanction = 40,
            CurrentOffenceCode = "02700",
            DidOffenceInvolveCarryingOrUsingWeapon = false,
            SuitabilityOfAccommodation = ProblemLevel.None,
            IsUnemployed = false,
            CurrentAlcoholUseProblems = ProblemLevel.None,
            TemperControl = ProblemLevel.None,
            ProCriminalAttitudes = ProblemLevel.None,
            PreviousConvictions = [PreviousConvictionType.WoundingGbh],
        };
        var result = Linear(V4Calculator.Svrp, input);
        result.ScoreType.ShouldBe(ScoreType.Dynamic);
        result.LinearPredictor!.Value.ShouldBe(-6.012520, 0.0000005);
        result.Score.ShouldBe(0.24m);
        result.Band.ShouldBe(V4Band.Low);
        result.Terms.Single(t => t.Name == "Offence-free time").Contribution.ShouldBe(0);
    }

    [Fact]
    public void Sexual_history_example_gives_dc_srp_36_points_iic_srp_high_and_combines()
    {
        var dc = V4Calculator.CalculateDcSrp(SexualHistoryExample, V4Coefficients.Default);
        dc.Errors.ShouldBeEmpty();
        dc.PointScore.ShouldBe(36);
        dc.Score.ShouldBe(5.31m);
        dc.Band.ShouldBe(V4Band.VeryHigh);
        dc.RiskBandReductionApplied.ShouldBe(false);

        var iic = V4Calculator.CalculateIicSrp(SexualHistoryExample, V4Coefficients.Default);
        iic.Score.ShouldBe(10.31m);
        iic.Band.ShouldBe(V4Band.High);

        var svrp = new V4PredictorResult(1.08m, V4Band.Medium, [], [], ScoreType.Dynamic);
        var csrp = V4Calculator.CalculateCsrp(SexualHistoryExample, svrp, dc, iic, V4Coefficients.Default);
        csrp.Score.ShouldBe(16.70m);
        csrp.Band.ShouldBe(V4Band.VeryHigh);
        csrp.ScoreType.ShouldBe(ScoreType.Dynamic);
    }

    [Theory]
    [InlineData(28, 1.54)]
    [InlineData(36, 5.31)]
    [InlineData(64, 83.12)]
    public void Dc_srp_probability_follows_the_published_logistic(int points, double expected)
    {
        var c = V4Coefficients.Default;
        V4Calculator.ToScore(V4Calculator.Logistic(c.DcSrpIntercept + (c.DcSrpPerPoint * points))).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Dc_srp_band_drops_one_level_after_five_clear_years_in_the_community()
    {
        var input = SexualHistoryExample with
        {
            AssessmentDate = new DateOnly(2026, 1, 1),
            DateAtStartOfFollowup = new DateOnly(2015, 6, 1),
            MostRecentOffenceDate = new DateOnly(2014, 1, 1),
        };
        var result = V4Calculator.CalculateDcSrp(input, V4Coefficients.Default);
        result.RiskBandReductionApplied.ShouldBe(true);
        var unreduced = V4Calculator.CalculateDcSrp(input with { SupervisionStatus = SupervisionStatus.Custody }, V4Coefficients.Default);
        unreduced.RiskBandReductionApplied.ShouldBe(false);
        result.Band.ShouldBe(unreduced.Band - 1);
        result.Score.ShouldBe(unreduced.Score);
        result.PointScore.ShouldBe(unreduced.PointScore);
    }

    [Fact]
    public void Dc_srp_is_not_applicable_to_women_and_without_a_sexual_offence_history()
    {
        var woman = V4Calculator.CalculateDcSrp(SexualHistoryExample with { Gender = PredictorGender.Female }, V4Coefficients.Default);
        woman.Band.ShouldBe(V4Band.NotApplicable);
        woman.Score.ShouldBe(0.00m);
        woman.PointScore.ShouldBeNull();

        var noHistory = SexualHistoryExample with
        {
            HasEverCommittedSexualOffence = false, TotalContactAdultSexualSanctions = 0, TotalContactChildSexualSanctions = 0,
            TotalNonContactSexualOffences = 0, TotalIndecentImageSanctions = 0,
        };
        V4Calculator.CalculateDcSrp(noHistory, V4Coefficients.Default).Band.ShouldBe(V4Band.NotApplicable);
    }

    [Fact]
    public void Dc_srp_refuses_a_history_claimed_without_any_sexual_sanction()
    {
        var input = SexualHistoryExample with
        {
            TotalContactAdultSexualSanctions = 0, TotalContactChildSexualSanctions = 0, TotalNonContactSexualOffences = 0, TotalIndecentImageSanctions = 0,
        };
        var result = V4Calculator.CalculateDcSrp(input, V4Coefficients.Default);
        result.Score.ShouldBeNull();
        result.Errors.Single().Type.ShouldBe("SEXUAL_REOFFENDING_PREDICTOR_NO_SANCTIONS");
    }

    [Fact]
    public void Sexual_counts_with_no_history_are_inconsistent()
    {
        var input = SexualHistoryExample with { HasEverCommittedSexualOffence = false, TotalContactAdultSexualSanctions = 0, TotalContactChildSexualSanctions = 0, TotalNonContactSexualOffences = 0 };
        var result = V4Calculator.CalculateIicSrp(input, V4Coefficients.Default);
        result.Errors.Single().Type.ShouldBe("SEXUAL_REOFFENDING_PREDICTOR_INCONSISTENT_INPUT");
        result.Errors.Single().Fields.ShouldBe(["hasEverCommittedSexualOffence", "totalIndecentImageSanctions"]);
    }

    [Theory]
    [InlineData(2, 0, 0, 0, 10.31, V4Band.High)]
    [InlineData(1, 0, 0, 0, 3.33, V4Band.Medium)]
    [InlineData(0, 0, 2, 0, 0.93, V4Band.Low)]
    [InlineData(0, 0, 1, 0, 0.63, V4Band.Low)]
    [InlineData(0, 1, 0, 1, 0.28, V4Band.Low)]
    [InlineData(0, 1, 0, 0, 0.00, V4Band.Low)]
    [InlineData(0, 0, 0, 1, 0.00, V4Band.Low)]
    public void Iic_srp_takes_the_first_matching_rank(int images, int adult, int child, int nonContact, double score, V4Band band)
    {
        var input = SexualHistoryExample with
        {
            TotalIndecentImageSanctions = images, TotalContactAdultSexualSanctions = adult, TotalContactChildSexualSanctions = child,
            TotalNonContactSexualOffences = nonContact,
        };
        var result = V4Calculator.CalculateIicSrp(input, V4Coefficients.Default);
        result.Score.ShouldBe((decimal)score);
        result.Band.ShouldBe(band);
    }

    [Fact]
    public void Csrp_adds_the_female_constant_for_women_with_a_sexual_offence_history()
    {
        var woman = SexualHistoryExample with { Gender = PredictorGender.Female };
        var results = V4Calculator.Calculate(woman with
        {
            DateOfCurrentConviction = new DateOnly(2020, 1, 1), AgeAtFirstSanction = 30, TotalNumberOfViolentSanctions = 0, CurrentOffenceCode = "02700",
        }, Today);
        results.DcSrp.Band.ShouldBe(V4Band.NotApplicable);
        results.IicSrp.Band.ShouldBe(V4Band.Low);
        results.Csrp.Score.ShouldBe(Math.Round(results.Svrp.Score!.Value + 0.38m, 2));
    }

    [Fact]
    public void Csrp_is_refused_when_a_component_is_refused_naming_the_component()
    {
        var results = V4Calculator.Calculate(SexualHistoryExample with { SupervisionStatus = null }, Today);
        results.DcSrp.Errors.ShouldNotBeEmpty();
        results.Csrp.Score.ShouldBeNull();
        results.Csrp.Errors[0].Type.ShouldBe("COMPONENT_VALIDATION_ERROR");
        results.Csrp.Errors[0].Fields.ShouldContain("DIRECT_CONTACT_SEXUAL_REOFFENDING_PREDICTOR");
    }

    [Fact]
    public void Missing_static_inputs_are_named_in_the_reference_order_with_the_dynamic_errors_after()
    {
        var result = Linear(V4Calculator.Vrp, new V4Input { AssessmentDate = Today });
        result.Score.ShouldBeNull();
        result.Errors[0].Type.ShouldBe("MISSING_MANDATORY_INPUT");
        result.Errors[0].Fields.ShouldBe([
            "dateOfBirth", "dateOfCurrentConviction", "ageAtFirstSanction", "gender", "currentOffenceCode",
            "totalNumberOfSanctionsForAllOffences", "totalNumberOfViolentSanctions",
        ]);
        result.Errors.Select(e => e.Type).ShouldBe(["MISSING_MANDATORY_INPUT", "DATE_OF_START_OF_FOLLOWUP_REQUIRED", "MISSING_DYNAMIC_INPUT"]);
    }

    [Theory]
    [InlineData("1234", "OFFENCE_CODE_INCORRECT_FORMAT")]
    [InlineData("027/00", "OFFENCE_CODE_INCORRECT_FORMAT")]
    [InlineData("00000", "OFFENCE_CODE_MAPPING_NOT_FOUND")]
    [InlineData("99999", "OFFENCE_CODE_MAPPING_NOT_FOUND")]
    public void Offence_codes_must_be_five_digits_and_mapped(string code, string error)
    {
        var result = Linear(V4Calculator.Arp, HeavyHistoryExample with { CurrentOffenceCode = code });
        result.Score.ShouldBeNull();
        result.Errors[0].Type.ShouldBe(error);
    }

    [Fact]
    public void Static_checks_follow_each_predictors_own_order()
    {
        var bad = HeavyHistoryExample with { AgeAtFirstSanction = 200, TotalNumberOfSanctionsForAllOffences = 0, CurrentOffenceCode = "x" };
        Linear(V4Calculator.Arp, bad).Errors.Select(e => e.Type).Take(4).ShouldBe([
            "AGE_AT_FIRST_SANCTION_AFTER_AGE_AT_CURRENT_CONVICTION", "AGE_AT_FIRST_SANCTION_OUT_OF_RANGE", "OFFENCE_CODE_INCORRECT_FORMAT",
            "TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE",
        ]);
        Linear(V4Calculator.Svrp, bad).Errors.Select(e => e.Type).Take(4).ShouldBe([
            "TOTAL_NUMBER_OF_SANCTIONS_OUT_OF_RANGE", "VIOLENT_SANCTION_OUT_OF_RANGE", "OFFENCE_CODE_INCORRECT_FORMAT", "AGE_AT_FIRST_SANCTION_OUT_OF_RANGE",
        ]);
    }

    [Fact]
    public void A_conviction_more_than_three_months_after_the_assessment_is_refused()
    {
        var result = Linear(V4Calculator.Arp, HeavyHistoryExample with { AssessmentDate = new DateOnly(1957, 8, 3) });
        result.Score.ShouldBeNull();
        result.Errors.Select(e => e.Type).ShouldBe(["DATE_OF_CURRENT_CONVICTION_WITHIN_THREE_MONTHS_OF_ASSESSMENT_DATE", "MISSING_DYNAMIC_INPUT"]);
        Linear(V4Calculator.Arp, HeavyHistoryExample with { AssessmentDate = new DateOnly(1957, 8, 4) }).Score.ShouldNotBeNull();
    }

    [Fact]
    public void A_drug_used_without_a_motivation_answer_is_inconsistent()
    {
        var input = ArpDynamicExample with { MotivationToTackleDrugMisuse = null, Drugs = new DrugUse(Heroin: true, Cannabis: true) };
        var arp = Linear(V4Calculator.Arp, input);
        arp.ScoreType.ShouldBe(ScoreType.Static);
        arp.Errors.Single().Type.ShouldBe("MOTIVATION_TO_TACKLE_DRUG_MISUSE_INCONSISTENT");
        arp.Errors.Single().Fields.ShouldBe(["hasHeroinUsage", "hasCannabisUsage"]);
    }

    [Fact]
    public void More_sanctions_never_lower_the_static_arp_score()
    {
        decimal previous = 0;
        for (var n = 1; n <= 60; n++)
        {
            var score = Linear(V4Calculator.Arp, HeavyHistoryExample with { TotalNumberOfSanctionsForAllOffences = n, TotalNumberOfViolentSanctions = 0, AgeAtFirstSanction = 15 }).Score!.Value;
            score.ShouldBeGreaterThanOrEqualTo(previous, $"N = {n}");
            previous = score;
        }
    }

    [Theory]
    [InlineData("2000-02-29", "2021-02-28", 20)]
    [InlineData("2000-02-29", "2021-03-01", 21)]
    [InlineData("1990-06-15", "2020-06-14", 29)]
    public void Completed_age_treats_29_february_as_reached_on_1_march(string born, string on, int age) =>
        PredictorDates.CompletedAge(DateOnly.Parse(born), DateOnly.Parse(on)).ShouldBe(age);

    [Theory]
    [InlineData("2021-01-31", "2021-02-28", 0)]
    [InlineData("2021-01-31", "2021-03-01", 1)]
    [InlineData("2021-01-31", "2021-04-30", 2)]
    public void Whole_months_compare_day_numbers(string from, string to, int months) =>
        PredictorDates.WholeMonths(DateOnly.Parse(from), DateOnly.Parse(to)).ShouldBe(months);

    [Fact]
    public void The_offence_table_holds_every_published_code()
    {
        V4OffenceTable.Default.Count.ShouldBe(3039);
        V4OffenceTable.Default.CategoryOf("11618").ShouldBe("OTHER_OFFENCES");
        V4OffenceTable.Default.CategoryOf("12100").ShouldBe("HANDLING_STOLEN_GOODS");
    }
}
