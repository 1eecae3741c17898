using Microsoft.EntityFrameworkCore;
using Npgsql;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>How Waypoint connects to PostgreSQL: statements are prepared and reused unless the configuration says otherwise.</summary>
public class DatabaseSetupTests
{
    [Fact]
    public void Automatic_preparation_is_switched_on_when_the_connection_string_does_not_set_it()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString("Host=db.internal;Database=waypoint;Username=app"));

        tuned.MaxAutoPrepare.ShouldBe(DatabaseSetup.DefaultMaxAutoPrepare);
        tuned.AutoPrepareMinUsages.ShouldBe(2);
        tuned.Host.ShouldBe("db.internal");
        tuned.Database.ShouldBe("waypoint");
        tuned.Username.ShouldBe("app");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=20", 20)]
    [InlineData("Host=db;MaxAutoPrepare=7", 7)]
    public void A_configured_setting_is_kept_as_it_is(string connectionString, int expected)
    {
        DatabaseSetup.PostgresConnectionString(connectionString).ShouldBe(connectionString);
        new NpgsqlConnectionStringBuilder(DatabaseSetup.PostgresConnectionString(connectionString)).MaxAutoPrepare.ShouldBe(expected);
    }

    [Fact]
    public async Task A_query_the_context_runs_twice_is_prepared_on_the_server()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return; // PostgreSQL only; CI always has it (PostgresConfiguredTests fails the run otherwise)
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        await using var db = new WaypointDbContext(DatabaseSetup.CreateOptions(DatabaseProvider.Postgres, database.ConnectionString)).ActingAs(new SystemActor("test"));
        await db.Database.OpenConnectionAsync(); // one physical connection: prepared statements belong to it
        for (var i = 0; i < 3; i++)
        {
            await db.People.AsNoTracking().Where(p => p.Crn == "X000001").Select(p => p.Id).ToListAsync();
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        prepared.ShouldContain(s => s.Contains("\"People\"") && s.Contains("\"Crn\""));
    }
}
