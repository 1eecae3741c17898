using Microsoft.EntityFrameworkCore;
using Npgsql;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>A page's request for reusable plans holds for its connection and never reaches the next user of that connection.</summary>
public class GenericPlansTests
{
    [Fact]
    public async Task The_setting_lasts_while_the_connection_is_in_use_and_is_gone_when_the_pool_hands_it_out_again()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        // One physical connection in the pool, so the second context is given the very connection the first used.
        var oneConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true, MaxPoolSize = 1 }.ConnectionString;
        var options = DatabaseSetup.CreateOptions(DatabaseProvider.Postgres, oneConnection);

        int firstBackend;
        await using (var db = new WaypointDbContext(options).ActingAs(new SystemActor("test")))
        {
            await db.Database.OpenConnectionAsync();
            await GenericPlans.UseForThisConnectionAsync(db, CancellationToken.None);
            (await SettingAsync(db)).ShouldBe("force_generic_plan");
            (await db.People.CountAsync()).ShouldBe(0); // the page's own statements run under it
            (await SettingAsync(db)).ShouldBe("force_generic_plan");
            firstBackend = await BackendAsync(db);
        }

        await using (var db = new WaypointDbContext(options).ActingAs(new SystemActor("test")))
        {
            await db.Database.OpenConnectionAsync();
            (await BackendAsync(db)).ShouldBe(firstBackend);
            (await SettingAsync(db)).ShouldBe("auto");
        }

        await using (var connection = new NpgsqlConnection(oneConnection))
        {
            NpgsqlConnection.ClearPool(connection); // so the throwaway database can be dropped
        }
    }

    [Fact]
    public async Task On_SQLite_there_is_nothing_to_set()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await GenericPlans.UseForThisConnectionAsync(db, CancellationToken.None);
        (await db.People.CountAsync()).ShouldBe(0);
    }

    private static async Task<string> SettingAsync(WaypointDbContext db) =>
        await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();

    private static async Task<int> BackendAsync(WaypointDbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
}
