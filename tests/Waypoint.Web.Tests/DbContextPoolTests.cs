using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>The web server's database contexts come from a pool: nothing one request set may reach the next.</summary>
public class DbContextPoolTests
{
    [Fact]
    public async Task A_context_back_from_the_pool_audits_again_and_names_the_new_requests_user()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseTestDatabase(DatabaseProvider.Sqlite, database.ConnectionString));

        WaypointDbContext first;
        using (var scope = factory.Services.CreateScope())
        {
            first = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
            first.AuditChanges = false; // as the demo-data loader does
            first.ActingAs(new SystemActor("someone-else")); // a user who is not the next request's
        }

        using (var scope = factory.Services.CreateScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
            second.ShouldBeSameAs(first); // the pool handed the same context back, so the reset below is what is tested
            second.AuditChanges.ShouldBeTrue();
            second.Actor.Name.ShouldBe("system"); // no HTTP request in this scope: background work's name
        }
    }
}
