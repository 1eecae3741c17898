using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Tests.Workload;

/// <summary>The workload model of shared/reference/workload.md.</summary>
public class WorkloadCalculatorTests
{
    private static WorkloadInput Po(decimal contracted = 37m, decimal reduction = 0m, params WorkloadCase[] cases) =>
        new(Grade.Po, contracted, cases, [], reduction);

    [Theory]
    [InlineData(37, 1.8, 2070)]
    [InlineData(30, 1.8, 1658)]
    [InlineData(37, 0, 2176)]
    [InlineData(37, 29.6, 435)] // a trainee in months 0-6
    [InlineData(37, 37, 0)]
    [InlineData(20, 25, 0)]
    public void Available_points_are_the_floor_of_target_times_hours_over_default_hours(double contracted, double reduction, int available) =>
        WorkloadCalculator.AvailablePoints(Po((decimal)contracted, (decimal)reduction), WeightSet.Default).ShouldBe(available);

    [Fact]
    public void Worked_example_500_of_1000_is_50_and_a_b3_custody_case_makes_it_55_9()
    {
        WorkloadCalculator.Percent(500, 1000).ShouldBe(50.0m);
        var b3Custody = WorkloadCalculator.CaseLine(new WorkloadCase(WorkloadCaseType.Custody, "B3"), WeightSet.Default).Points;
        b3Custody.ShouldBe(59);
        WorkloadCalculator.Percent(500 + b3Custody, 1000).ShouldBe(55.9m);
    }

    [Theory]
    [InlineData(559, 1000, 55.9)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(1, 8, 12.5)] // 0.125 stays 0.125
    [InlineData(1, 1600, 0.1)] // 0.000625 rounds half up to 0.001
    [InlineData(0, 1000, 0.0)]
    [InlineData(100, 0, 0.0)]
    public void Percent_rounds_the_ratio_to_three_decimals_half_up(int total, int available, double percent) =>
        WorkloadCalculator.Percent(total, available).ShouldBe((decimal)percent);

    [Theory]
    [InlineData("A3", WorkloadCaseType.Community, 206)]
    [InlineData("A3", WorkloadCaseType.Licence, 219)]
    [InlineData("A3", WorkloadCaseType.Custody, 75)]
    [InlineData("A0", WorkloadCaseType.Licence, 0)]
    [InlineData("B2", WorkloadCaseType.Licence, 132)]
    [InlineData("C1", WorkloadCaseType.Community, 50)]
    [InlineData("D0", WorkloadCaseType.Community, 29)]
    [InlineData("D1", WorkloadCaseType.Custody, 13)]
    [InlineData("B2S", WorkloadCaseType.Community, 0)]
    [InlineData("B", WorkloadCaseType.Community, 0)] // single-letter tiers have no default weights
    public void Default_case_weights(string tier, WorkloadCaseType type, int weight) =>
        WeightSet.Default.WeightOf(tier, type, t2a: false).ShouldBe(weight);

    [Fact]
    public void Transition_to_adulthood_cases_use_the_custody_column_by_default()
    {
        WeightSet.Default.WeightOf("A3", WorkloadCaseType.Community, t2a: true).ShouldBe(75);
        WeightSet.Default.WeightOf("C2", WorkloadCaseType.Licence, t2a: true).ShouldBe(24);
    }

    [Theory]
    [InlineData(InactiveReason.Warrant, 0)]
    [InlineData(InactiveReason.UpwOnly, 115)]
    [InlineData(InactiveReason.OverdueTermination, 0)]
    public void Inactive_cases_keep_their_share(InactiveReason reason, int points) =>
        WorkloadCalculator.CaseLine(new WorkloadCase(WorkloadCaseType.Community, "B2", Inactive: reason), WeightSet.Default).Points.ShouldBe(points);

    [Fact]
    public void Untiered_cases_count_zero_and_are_reported()
    {
        var result = WorkloadCalculator.Calculate(Po(cases: [new WorkloadCase(WorkloadCaseType.Community, null, Count: 3), new WorkloadCase(WorkloadCaseType.Licence, "C2")]));
        result.TotalPoints.ShouldBe(65);
        result.UntieredCases.ShouldBe(3);
        result.Breakdown[0].Reason.ShouldContain("data problem");
    }

    [Fact]
    public void Reports_count_138_and_65()
    {
        var result = WorkloadCalculator.Calculate(new WorkloadInput(Grade.Pso, 37m, [], [new WorkloadReport(ReportType.Standard, 2), new WorkloadReport(ReportType.Fast)]));
        result.TotalPoints.ShouldBe(341);
    }

    [Fact]
    public void Spos_carry_no_measured_capacity()
    {
        var result = WorkloadCalculator.Calculate(new WorkloadInput(Grade.Spo, 37m, [new WorkloadCase(WorkloadCaseType.Community, "A3")], []));
        result.AvailablePoints.ShouldBe(0);
        result.CapacityPercent.ShouldBe(0.0m);
    }

    [Fact]
    public void The_candidate_case_gives_the_figure_after_allocation()
    {
        var result = WorkloadCalculator.Calculate(Po(cases: [new WorkloadCase(WorkloadCaseType.Community, "B2", Count: 10)]) with
        {
            CandidateCase = new WorkloadCase(WorkloadCaseType.Licence, "A3"),
        });
        result.TotalPoints.ShouldBe(1150);
        result.CapacityPercent.ShouldBe(WorkloadCalculator.Percent(1150, 2176));
        result.PotentialCapacityPercent.ShouldBe(WorkloadCalculator.Percent(1369, 2176));
    }

    [Fact]
    public void Team_figures_are_the_sum_of_totals_over_the_sum_of_available_points()
    {
        (int, int)[] team = [(1000, 2000), (2000, 1000)];
        WorkloadCalculator.Aggregate(team).ShouldBe(100.0m); // 3000 / 3000, not the mean of 50% and 200%
        WorkloadCalculator.Aggregate([(559, 1000)]).ShouldBe(55.9m);
    }

    [Fact]
    public void Adding_a_case_never_lowers_the_workload()
    {
        var random = new Random(4);
        var tiers = WeightSet.ProtectChangeTiers.Concat(WeightSet.ProtectChangeTiers.Select(t => t + "S")).Append(null).ToArray();
        for (var i = 0; i < 500; i++)
        {
            WorkloadCase Random() => new(Enum.GetValues<WorkloadCaseType>()[random.Next(3)], tiers[random.Next(tiers.Length)], random.Next(5) == 0,
                random.Next(6) == 0 ? Enum.GetValues<InactiveReason>()[random.Next(3)] : null, random.Next(1, 4));
            var cases = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Random()).ToList();
            var before = WorkloadCalculator.Calculate(Po(cases: [.. cases]));
            var after = WorkloadCalculator.Calculate(Po(cases: [.. cases, Random()]));
            after.TotalPoints.ShouldBeGreaterThanOrEqualTo(before.TotalPoints);
            after.CapacityPercent.ShouldBeGreaterThanOrEqualTo(before.CapacityPercent);
        }
    }

    [Fact]
    public void The_default_weight_set_is_valid_and_out_of_range_values_are_named()
    {
        WeightSet.Default.Problems().ShouldBeEmpty();
        var bad = WeightSet.Default with
        {
            ReportWeights = new Dictionary<ReportType, int> { [ReportType.Standard] = 1000, [ReportType.Fast] = 65 },
            Capacity = new Dictionary<Grade, GradeCapacity>(WeightSet.Default.Capacity) { [Grade.Po] = new GradeCapacity(2176, 40m) },
        };
        bad.Problems().ShouldBe(["The standard report weight must be from 0 to 999", "Default hours for Probation officer (PO) must be from 0 to 37.5"]);
    }

    [Fact]
    public void The_weight_set_in_force_is_the_latest_started()
    {
        var later = WeightSet.Default with { EffectiveFrom = new DateOnly(2027, 1, 1) };
        WeightSet.InForce([WeightSet.Default, later], new DateOnly(2026, 12, 31)).ShouldBe(WeightSet.Default);
        WeightSet.InForce([WeightSet.Default, later], new DateOnly(2027, 1, 1)).ShouldBe(later);
    }
}

public class ReductionRulesTests
{
    [Fact]
    public void A_trainee_loses_80_then_60_then_40_percent_and_the_reductions_expire()
    {
        var start = new DateOnly(2026, 1, 1);
        var preset = ReductionRules.TraineePreset(start);
        ReductionRules.HoursOn(preset, 37m, start).ShouldBe(29.6m);
        ReductionRules.HoursOn(preset, 37m, start.AddMonths(6)).ShouldBe(22.2m);
        ReductionRules.HoursOn(preset, 37m, start.AddMonths(12)).ShouldBe(14.8m);
        ReductionRules.HoursOn(preset, 37m, start.AddMonths(18)).ShouldBe(0m);
        ReductionRules.NextChange(preset, start).ShouldBe(start.AddMonths(6));
        ReductionRules.NextChange(preset, start.AddMonths(17)).ShouldBe(start.AddMonths(18));
    }

    [Fact]
    public void Percentages_round_to_two_decimals_and_never_exceed_contracted_hours()
    {
        new Reduction(ReductionReason.SinglePointOfContactLead, default, null, Percent: 5m).HoursFor(22.5m).ShouldBe(1.13m);
        new Reduction(ReductionReason.CourtDuty, default, null, Hours: 40m).HoursFor(30m).ShouldBe(30m);
        ReductionRules.HoursOn([new Reduction(ReductionReason.Other, default, null, Hours: 20m), new Reduction(ReductionReason.GroupWork, default, null, Hours: 20m)], 37m, default).ShouldBe(37m);
    }

    [Fact]
    public void Newly_qualified_and_pso_learning_presets()
    {
        var start = new DateOnly(2026, 3, 1);
        ReductionRules.NewlyQualifiedPreset(start).End.ShouldBe(new DateOnly(2026, 11, 30));
        ReductionRules.NewlyQualifiedPreset(start).HoursFor(37m).ShouldBe(7.4m);
        ReductionRules.PsoLearningPreset(start).End.ShouldBe(new DateOnly(2026, 8, 31));
        ReductionRules.MaxPercent(ReductionReason.TradeUnionFacilityTime).ShouldBe(50m);
    }
}

public class WeightSetJsonTests
{
    [Fact]
    public void A_weight_set_survives_storage_unchanged()
    {
        var json = WeightSetJson.Serialize(WeightSet.Default);
        var back = WeightSetJson.Deserialize(new DateOnly(2027, 1, 1), json);
        back.EffectiveFrom.ShouldBe(new DateOnly(2027, 1, 1));
        back.CaseWeights.Count.ShouldBe(WeightSet.Default.CaseWeights.Count);
        foreach (var (key, weight) in WeightSet.Default.CaseWeights)
        {
            back.CaseWeights[key].ShouldBe(weight);
        }

        back.WeightOf("A3", WorkloadCaseType.Community, t2a: true).ShouldBe(75);
        back.ReportWeights[ReportType.Fast].ShouldBe(65);
        back.Capacity[Waypoint.Domain.Organisation.Grade.Po].ShouldBe(new GradeCapacity(2176, 37m));
        back.InactiveSharePercent[InactiveReason.UpwOnly].ShouldBe(100);
    }
}
