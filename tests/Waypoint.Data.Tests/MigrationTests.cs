using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>
/// Migrations are hand-written SQL, so these tests are the guard: a database built only from the migrations must
/// have exactly the schema EF Core derives from the model, on each engine.
/// </summary>
public class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_migrated_schema_matches_the_model(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync(provider);
        await using var fromModel = await TestDatabase.CreateEmptyAsync(provider);
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        await using var migratedDb = migrated.CreateContext();
        await using var modelDb = fromModel.CreateContext();
        var difference = SchemaSnapshot.Difference(await SchemaSnapshot.ReadAsync(migratedDb), await SchemaSnapshot.ReadAsync(modelDb));
        difference.ShouldBeEmpty($"the model has changed without a migration:{Environment.NewLine}{difference}");
        (await migratedDb.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task PostgreSQL_samples_more_surnames_for_the_name_search_estimate()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await using var migrated = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        await using var db = migrated.CreateContext();
        var target = await db.Database.SqlQueryRaw<int>(
            "SELECT attstattarget::int AS \"Value\" FROM pg_attribute WHERE attrelid = '\"People\"'::regclass AND attname = 'SearchLastName'").SingleAsync();
        target.ShouldBe(1000); // migration 0025: the default (100) misjudged how many people a prefix matches
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_property_with_no_migration_is_caught(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync(provider);
        await using var fromModel = await TestDatabase.CreateEmptyAsync(provider);
        var options = DatabaseSetup.CreateOptions(provider, fromModel.ConnectionString);
        await using (var drifted = new DriftedContext(options))
        {
            await drifted.Database.ExecuteSqlRawAsync(drifted.Database.GenerateCreateScript());
        }

        await using var migratedDb = migrated.CreateContext();
        await using var driftedDb = new DriftedContext(options);
        var difference = SchemaSnapshot.Difference(await SchemaSnapshot.ReadAsync(migratedDb), await SchemaSnapshot.ReadAsync(driftedDb));
        difference.ShouldContain("model has, migrations lack: column People.Nickname");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_twice_changes_nothing_and_keeps_data(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var person = await data.CreatePersonOnProbationAsync();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var check = database.CreateContext();
        (await check.People.SingleAsync(p => p.Id == person.Id)).Crn.ShouldBe(person.Crn);
    }

    /// <summary>The model with one property that no migration creates.</summary>
    private sealed class DriftedContext(DbContextOptions<WaypointDbContext> options) : WaypointDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.Entity<Person>().Property<string>("Nickname").HasMaxLength(50);
        }
    }
}
