using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Waypoint.Data;
using Waypoint.Domain.Tiering;
using Waypoint.TestData;
using Waypoint.Web.Infrastructure.Risk;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class DailyTierRecalculationTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_daily_run_gives_every_person_a_tier_and_a_second_run_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (practitioner, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(practitioner);
        var job = new DailyTierRecalculation(app.Factory.Services.GetRequiredService<IServiceScopeFactory>(), TierFrameworkPolicy.Default, TimeProvider.System,
            NullLogger<DailyTierRecalculation>.Instance);

        await job.RunOnceAsync(CancellationToken.None);
        await using (var db = app.Database.CreateContext())
        {
            (await db.People.SingleAsync(p => p.Id == person.Id)).CurrentTier.ShouldBe(TierResult.Missing);
            (await db.TierCalculations.SingleAsync(t => t.PersonId == person.Id)).Trigger.ShouldBe("Daily recalculation");
        }

        await job.RunOnceAsync(CancellationToken.None);
        await using var check = app.Database.CreateContext();
        (await check.TierCalculations.CountAsync(t => t.PersonId == person.Id)).ShouldBe(1);
    }
}
