using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;
using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Tests.Workload;

public class AllocationTests
{
    [Theory]
    [InlineData(Grade.Po, "A3", RoshLevel.VeryHigh, false, true)]
    [InlineData(Grade.Pso, "C2", RoshLevel.Medium, false, true)]
    [InlineData(Grade.Pso, "D1", RoshLevel.Low, false, true)]
    [InlineData(Grade.Pso, "B2", RoshLevel.Medium, false, false)]
    [InlineData(Grade.Pso, "C2", RoshLevel.High, false, false)]
    [InlineData(Grade.Pqip, "C1", RoshLevel.Low, false, true)]
    [InlineData(Grade.Pqip, "C1", RoshLevel.High, false, false)]
    [InlineData(Grade.Pqip, "C1", RoshLevel.High, true, true)]
    [InlineData(Grade.Pqip, "C1", RoshLevel.VeryHigh, true, false)]
    [InlineData(Grade.Spo, "D0", RoshLevel.Low, false, false)]
    public void The_default_policy_matrix(Grade grade, string tier, RoshLevel rosh, bool coWorker, bool within) =>
        AllocationPolicy.Fits(grade, tier, rosh, coWorker).WithinPolicy.ShouldBe(within);

    [Fact]
    public void A_pso_outside_policy_is_told_why()
    {
        var fit = AllocationPolicy.Fits(Grade.Pso, "B2", RoshLevel.Medium);
        fit.Reason.ShouldContain("protect level B");
    }

    [Theory]
    [InlineData(RoshLevel.High, false, 2)]
    [InlineData(RoshLevel.VeryHigh, false, 2)]
    [InlineData(RoshLevel.Low, true, 2)]
    [InlineData(RoshLevel.Medium, false, 5)]
    [InlineData(null, false, 5)]
    public void Allocation_targets(RoshLevel? rosh, bool mappa, int days) => AllocationPolicy.TargetWorkingDays(rosh, mappa).ShouldBe(days);

    [Theory]
    [InlineData("2026-11-27", "2026-11-30", 1)] // Friday to Monday
    [InlineData("2026-11-23", "2026-11-27", 4)]
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-28", "2026-11-29", 0)] // a weekend
    public void Working_days_skip_weekends(string from, string to, int days) =>
        WorkingDays.Between(DateOnly.Parse(from), DateOnly.Parse(to)).ShouldBe(days);

    [Fact]
    public void Candidates_within_policy_come_first_then_continuity_then_the_least_loaded()
    {
        AllocationCandidate Candidate(string name, bool within, decimal after, params string[] continuity) =>
            new(name.Length, name, Grade.Po, "Team", new PolicyFit(within, ""), after - 5, after, 0, continuity, [], []);
        var ranked = AllocationRanking.Rank([
            Candidate("Outside", false, 10m),
            Candidate("Busy", true, 95m),
            Candidate("Quiet", true, 60m),
            Candidate("Knows them", true, 99m, "Supervised this person before"),
        ]);
        ranked.Select(c => c.Name).ShouldBe(["Knows them", "Quiet", "Busy", "Outside"]);
    }

    [Fact]
    public void A_service_can_configure_its_own_matrix()
    {
        var policy = new AllocationPolicy(new Dictionary<Grade, GradeRule>(AllocationPolicy.Default.Rules) { [Grade.Pso] = new(RoshLevel.High, "BCD") });
        policy.Check(Grade.Pso, "B2", RoshLevel.High).WithinPolicy.ShouldBeTrue();
        policy.Check(Grade.Pso, "A2", RoshLevel.High).WithinPolicy.ShouldBeFalse();
        policy.Check(Grade.Pso, "B2", RoshLevel.VeryHigh).Reason.ShouldContain("holds only low, medium or high RoSH at protect level B or C or D");
        AllocationPolicy.Default.Check(Grade.Pso, "C2", null).WithinPolicy.ShouldBeFalse(); // RoSH not assessed counts as the highest
    }
}
