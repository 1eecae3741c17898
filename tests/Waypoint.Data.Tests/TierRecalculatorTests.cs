using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Waypoint.Data;
using Waypoint.Data.Risk;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>Tier recalculation against a real database on each engine.</summary>
public class TierRecalculatorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task History_is_written_when_the_result_changes_and_not_when_it_stays_the_same(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var team = await data.CreateTeamAsync();
        var (practitioner, _) = await data.CreateStaffAsync(team);
        var person = await data.CreatePersonOnProbationAsync(practitioner, flags: [RegistrationType.Mappa]);
        var now = DateTime.UtcNow;

        await using (var db = database.CreateContext())
        {
            (await TierRecalculator.RecalculateAsync(db, person.Id, "Sentence started", now, CancellationToken.None)).ShouldBe(1);
            (await TierRecalculator.RecalculateAsync(db, person.Id, "Nothing changed", now, CancellationToken.None)).ShouldBe(0);
        }

        await using (var db = database.CreateContext())
        {
            var history = await db.TierCalculations.Where(t => t.PersonId == person.Id).ToListAsync();
            history.Count.ShouldBe(1);
            history[0].Tier.ShouldBe(TierResult.Missing); // no assessment yet, so no ARP or CSRP
            history[0].StepsJson.ShouldContain("MAPPA category 2");
            (await db.People.SingleAsync(p => p.Id == person.Id)).CurrentTier.ShouldBe(TierResult.Missing);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_tier_recalculates_the_practitioners_workload_at_once_or_hands_them_to_a_bulk_caller(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var team = await data.CreateTeamAsync();
        var (first, _) = await data.CreateStaffAsync(team);
        var (second, _) = await data.CreateStaffAsync(team);
        var hers = await data.CreatePersonOnProbationAsync(first, flags: [RegistrationType.Mappa]);
        var his = await data.CreatePersonOnProbationAsync(second, flags: [RegistrationType.Mappa]);
        var now = DateTime.UtcNow;

        await using (var db = database.CreateContext())
        {
            (await TierRecalculator.RecalculateAsync(db, hers.Id, "Sentence started", now, CancellationToken.None)).ShouldBe(1);
            var collected = new HashSet<int>();
            (await TierRecalculator.RecalculateAsync(db, [his.Id], "Bulk run", now, CancellationToken.None, practitionersToRecalculate: collected)).ShouldBe(1);
            collected.ShouldBe([second.Id]);
        }

        await using var check = database.CreateContext();
        (await check.WorkloadSnapshots.CountAsync(w => w.StaffMemberId == first.Id)).ShouldBe(1);
        (await check.WorkloadSnapshots.CountAsync(w => w.StaffMemberId == second.Id)).ShouldBe(0); // left to the bulk caller
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_configured_framework_decides_which_tier_the_case_shows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var team = await data.CreateTeamAsync();
        var (practitioner, _) = await data.CreateStaffAsync(team);
        var person = await data.CreatePersonOnProbationAsync(practitioner, flags: [RegistrationType.Mappa]);
        var policy = TieringConfiguration.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tiering:Framework"] = "protect-change" }).Build());

        await using var db = database.CreateContext();
        await TierRecalculator.RecalculateAsync(db, person.Id, "Sentence started", DateTime.UtcNow, CancellationToken.None, policy);
        var shown = (await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id)).CurrentTier;
        var history = await db.TierCalculations.AsNoTracking().SingleAsync(t => t.PersonId == person.Id);
        shown.ShouldBe(history.ProtectChangeTier);
        shown.ShouldStartWith("D"); // MAPPA level 1 gives 5 protect points, no RoSH: protect level D
    }
}

public class AllocationConfigurationTests
{
    [Fact]
    public void The_policy_matrix_is_read_from_configuration_and_unconfigured_grades_keep_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Allocation:Policy:Pso:MaxRosh"] = "high",
            ["Allocation:Policy:Pso:ProtectLevels"] = "b, c, d",
        }).Build();
        var policy = Waypoint.Data.Allocations.AllocationConfiguration.Read(configuration);
        policy.Rules[Waypoint.Domain.Organisation.Grade.Pso].ShouldBe(new Waypoint.Domain.Workload.GradeRule(RoshLevel.High, "BCD"));
        policy.Rules[Waypoint.Domain.Organisation.Grade.Pqip].ShouldBe(Waypoint.Domain.Workload.AllocationPolicy.Default.Rules[Waypoint.Domain.Organisation.Grade.Pqip]);
    }
}
