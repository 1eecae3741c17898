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
        await using (var check = app.Database.CreateContext())
        {
            (await check.TierCalculations.CountAsync(t => t.PersonId == person.Id)).ShouldBe(1);
            var run = await check.ScheduledJobRuns.SingleAsync(r => r.Job == DailyTierRecalculation.JobName);
            run.LastRunOn.ShouldBe(Domain.Appointments.UkClock.Today(DateTime.UtcNow));
            run.LastRunBy.ShouldNotBeNull();
        }

        // Another server looking the same day finds it done; the next day the first to look runs it.
        var otherServer = new DailyTierRecalculation(app.Factory.Services.GetRequiredService<IServiceScopeFactory>(), TierFrameworkPolicy.Default, TimeProvider.System,
            NullLogger<DailyTierRecalculation>.Instance);
        (await otherServer.RunOnceAsync(CancellationToken.None)).ShouldBe(0);
        var tomorrow = new Appointments.ManualClock(DateTimeOffset.UtcNow.AddDays(1));
        await new DailyTierRecalculation(app.Factory.Services.GetRequiredService<IServiceScopeFactory>(), TierFrameworkPolicy.Default, tomorrow,
            NullLogger<DailyTierRecalculation>.Instance).RunOnceAsync(CancellationToken.None);
        await using (var check = app.Database.CreateContext())
        {
            (await check.ScheduledJobRuns.SingleAsync(r => r.Job == DailyTierRecalculation.JobName)).LastRunOn.ShouldBe(Domain.Appointments.UkClock.Today(DateTime.UtcNow.AddDays(1)));
        }
    }
}
