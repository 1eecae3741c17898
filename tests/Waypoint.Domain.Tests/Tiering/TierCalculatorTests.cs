using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;

namespace Waypoint.Domain.Tests.Tiering;

/// <summary>The current single-letter tier as shared/reference/tiering.md specifies.</summary>
public class TierCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static TierInput Dynamic(decimal arp, decimal csrp) => new()
    {
        Arp = new TierPredictor(arp, false),
        Csrp = new TierPredictor(csrp, false),
        Rosh = RoshLevel.Low,
        CalculationDate = Today,
    };

    [Fact]
    public void Worked_example_arp_80_csrp_4_is_b()
    {
        var result = TierCalculator.Calculate(Dynamic(80m, 4.0m));
        result.Tier.ShouldBe("B");
        result.Provisional.ShouldBe(false);
        result.Steps.Select(s => s.Step).ShouldBe(Enum.GetValues<TierStepName>());
        result.Steps[0].Tier.ShouldBe("B");
        result.Steps[0].Reason.ShouldContain("ARP 80%");
    }

    [Fact]
    public void Worked_example_mappa_category_2_with_high_rosh_raises_f_to_c()
    {
        var result = TierCalculator.Calculate(Dynamic(30m, 0.2m) with { MappaCategory = 2, Rosh = RoshLevel.High });
        result.Steps.Single(s => s.Step == TierStepName.Reoffending).Tier.ShouldBe("F");
        result.Steps.Single(s => s.Step == TierStepName.MappaRosh).Tier.ShouldBe("C");
        result.Tier.ShouldBe("C");
    }

    [Fact]
    public void Worked_example_domestic_abuse_raises_g_to_e()
    {
        var result = TierCalculator.Calculate(Dynamic(10m, 0.1m) with { DomesticAbuse = true });
        result.Steps[0].Tier.ShouldBe("G");
        result.Tier.ShouldBe("E");
    }

    // Every cell of the ARP x CSRP matrix, at each threshold.
    [Theory]
    [InlineData(90, 6.9, "A")] [InlineData(75, 6.9, "A")] [InlineData(50, 6.9, "B")] [InlineData(25, 6.9, "B")] [InlineData(15, 6.9, "B")] [InlineData(0, 6.9, "B")]
    [InlineData(90, 3.0, "A")] [InlineData(75, 3.0, "B")] [InlineData(50, 3.0, "C")] [InlineData(25, 3.0, "C")] [InlineData(15, 3.0, "C")] [InlineData(0, 3.0, "C")]
    [InlineData(90, 1.0, "B")] [InlineData(75, 1.0, "C")] [InlineData(50, 1.0, "D")] [InlineData(25, 1.0, "E")] [InlineData(15, 1.0, "E")] [InlineData(0, 1.0, "E")]
    [InlineData(90, 0.5, "C")] [InlineData(75, 0.5, "D")] [InlineData(50, 0.5, "E")] [InlineData(25, 0.5, "E")] [InlineData(15, 0.5, "F")] [InlineData(0, 0.5, "F")]
    [InlineData(90, 0.0, "D")] [InlineData(75, 0.0, "D")] [InlineData(50, 0.0, "E")] [InlineData(25, 0.0, "F")] [InlineData(15, 0.0, "F")] [InlineData(0, 0.0, "G")]
    [InlineData(89.99, 6.89, "B")] [InlineData(14.99, 0.49, "G")]
    public void Reoffending_matrix(double arp, double csrp, string tier) =>
        TierCalculator.ReoffendingCell((decimal)arp, (decimal)csrp).ShouldBe(tier);

    [Theory]
    [InlineData(V4Band.VeryHigh, 10.0, "A")]
    [InlineData(V4Band.High, 4.0, "B")]
    [InlineData(V4Band.Low, 0.5, "E")]
    [InlineData(V4Band.Medium, 3.36, "C")]
    [InlineData(V4Band.Medium, 2.11, "D")]
    [InlineData(V4Band.Medium, 1.12, "C")]
    [InlineData(V4Band.Medium, 0.60, "D")]
    public void Sexual_reoffending_step(V4Band band, double score, string tier)
    {
        var result = TierCalculator.Calculate(Dynamic(0m, 0m) with { DcSrp = new TierDcSrp((decimal)score, band) });
        result.Steps.Single(s => s.Step == TierStepName.SexualReoffending).Tier.ShouldBe(tier);
    }

    [Fact]
    public void A_medium_dc_srp_below_0_60_is_refused_as_inconsistent()
    {
        var result = TierCalculator.Calculate(Dynamic(0m, 0m) with { DcSrp = new TierDcSrp(0.59m, V4Band.Medium) });
        result.Tier.ShouldBeNull();
        result.Errors.Single().Type.ShouldBe("DC_SRP_SCORE_INCONSISTENT_WITH_BAND");
        result.Errors.Single().Fields.ShouldBe(["dcSrp"]);
    }

    [Fact]
    public void Not_applicable_or_zero_dc_srp_gives_no_candidate()
    {
        TierCalculator.Calculate(Dynamic(0m, 0m) with { DcSrp = new TierDcSrp(0m, V4Band.NotApplicable) }).Steps[1].Tier.ShouldBeNull();
        TierCalculator.Calculate(Dynamic(0m, 0m) with { DcSrp = new TierDcSrp(0m, V4Band.Low) }).Steps[1].Tier.ShouldBeNull();
    }

    [Theory]
    [InlineData(1, RoshLevel.VeryHigh, "A")]
    [InlineData(1, RoshLevel.High, "C")]
    [InlineData(3, RoshLevel.Medium, "D")]
    [InlineData(2, RoshLevel.Low, "E")]
    [InlineData(null, RoshLevel.VeryHigh, "C")]
    [InlineData(null, RoshLevel.High, "D")]
    [InlineData(null, RoshLevel.Medium, null)]
    public void Mappa_and_rosh_step(int? mappa, RoshLevel rosh, string? tier) =>
        TierCalculator.Calculate(Dynamic(0m, 0m) with { MappaCategory = mappa, Rosh = rosh }).Steps[2].Tier.ShouldBe(tier);

    [Theory]
    [InlineData("2026-06-01", "B")]
    [InlineData("2025-12-01", "B")]
    [InlineData("2025-11-30", "D")]
    [InlineData("2021-12-01", "D")]
    [InlineData("2021-11-30", "E")]
    public void Lifer_or_ipp_step_counts_back_whole_years(string released, string tier)
    {
        var result = TierCalculator.Calculate(Dynamic(0m, 0m) with { LiferOrIpp = true, LatestReleaseDate = DateOnly.Parse(released) });
        result.Steps.Single(s => s.Step == TierStepName.LiferIpp).Tier.ShouldBe(tier);
    }

    [Fact]
    public void Registrations_and_sexual_history_steps()
    {
        var result = TierCalculator.Calculate(Dynamic(0m, 0m) with { Stalking = true, ChildProtection = true, EverCommittedSexualOffence = true });
        result.Steps.Select(s => s.Tier).ShouldBe(["G", null, null, null, null, "F", "F", "E"]);
        result.Tier.ShouldBe("E");
    }

    [Fact]
    public void Missing_predictors_give_missing_even_where_mappa_would_give_a()
    {
        var result = TierCalculator.Calculate(new TierInput { Csrp = new TierPredictor(1m, false), MappaCategory = 2, Rosh = RoshLevel.VeryHigh, CalculationDate = Today });
        result.Tier.ShouldBe(TierResult.Missing);
        result.Steps[2].Tier.ShouldBe("A");
    }

    [Fact]
    public void No_active_event_is_not_supervised()
    {
        TierCalculator.Calculate(Dynamic(99m, 10m) with { HasActiveEvent = false }).Tier.ShouldBe(TierResult.NotSupervised);
    }

    [Fact]
    public void Both_predictors_static_is_provisional_unless_other_steps_reach_a()
    {
        var input = Dynamic(80m, 4.0m) with { Arp = new TierPredictor(80m, true), Csrp = new TierPredictor(4.0m, true) };
        TierCalculator.Calculate(input).Provisional.ShouldBe(true);
        TierCalculator.Calculate(input with { MappaCategory = 1, Rosh = RoshLevel.VeryHigh }).Provisional.ShouldBe(false);
    }

    [Fact]
    public void Static_arp_alone_is_provisional_unless_other_steps_reach_its_best_tier()
    {
        // CSRP 1.0 dynamic: ARP at its maximum would give B.
        var input = Dynamic(10m, 1.0m) with { Arp = new TierPredictor(10m, true) };
        TierCalculator.Calculate(input).Provisional.ShouldBe(true);
        TierCalculator.Calculate(input with { LiferOrIpp = true, LatestReleaseDate = Today.AddMonths(-2) }).Provisional.ShouldBe(false);
    }

    [Fact]
    public void Static_csrp_alone_is_provisional_unless_other_steps_reach_its_best_tier()
    {
        // ARP 30 dynamic: CSRP at its maximum would give B.
        var input = Dynamic(30m, 0.1m) with { Csrp = new TierPredictor(0.1m, true) };
        TierCalculator.Calculate(input).Provisional.ShouldBe(true);
        TierCalculator.Calculate(input with { DcSrp = new TierDcSrp(4m, V4Band.High) }).Provisional.ShouldBe(false);
    }

    [Fact]
    public void Missing_rosh_is_provisional_unless_other_steps_reach_c_or_with_mappa_a()
    {
        TierCalculator.Calculate(Dynamic(30m, 0.2m) with { Rosh = null }).Provisional.ShouldBe(true);
        TierCalculator.Calculate(Dynamic(80m, 4m) with { Rosh = null }).Provisional.ShouldBe(false); // step 1 gives B (dynamic)
        TierCalculator.Calculate(Dynamic(80m, 4m) with { Rosh = null, MappaCategory = 1 }).Provisional.ShouldBe(true);
        TierCalculator.Calculate(Dynamic(95m, 7m) with { Rosh = null, MappaCategory = 1 }).Provisional.ShouldBe(false);
    }

    [Fact]
    public void A_higher_rosh_never_lowers_the_tier()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 2000; i++)
        {
            var input = Dynamic((decimal)Math.Round(random.NextDouble() * 99.99, 2), (decimal)Math.Round(random.NextDouble() * 12, 2)) with
            {
                MappaCategory = random.Next(4) is var m && m == 0 ? null : m,
                DomesticAbuse = random.Next(2) == 0,
                Stalking = random.Next(3) == 0,
            };
            string? previous = null;
            foreach (var rosh in new RoshLevel?[] { null, RoshLevel.Low, RoshLevel.Medium, RoshLevel.High, RoshLevel.VeryHigh })
            {
                var tier = TierCalculator.Calculate(input with { Rosh = rosh }).Tier!;
                if (previous is not null)
                {
                    string.CompareOrdinal(tier, previous).ShouldBeLessThanOrEqualTo(0, $"RoSH {rosh} lowered {previous} to {tier} for {input}");
                }

                previous = tier;
            }
        }
    }
}

public class TierFrameworkPolicyTests
{
    [Fact]
    public void The_configured_framework_applies_from_its_date_and_the_other_before_it()
    {
        var policy = new TierFrameworkPolicy(TierFramework.Current, new DateOnly(2026, 4, 1));
        policy.On(new DateOnly(2026, 3, 31)).ShouldBe(TierFramework.ProtectChange);
        policy.On(new DateOnly(2026, 4, 1)).ShouldBe(TierFramework.Current);
        TierFrameworkPolicy.Default.On(new DateOnly(2000, 1, 1)).ShouldBe(TierFramework.Current);
    }
}
