using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.DemoData;

namespace Waypoint.Web.Infrastructure.Startup;

public static class DatabaseStartup
{
    /// <summary>
    /// Reads Database:Provider and ConnectionStrings:Waypoint. With no connection string, SQLite uses a file in the
    /// user's local data folder (outside the repository), so `dotnet run` needs no set-up.
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString) ResolveDatabase(IConfiguration configuration)
    {
        var provider = DatabaseSetup.ParseProvider(configuration["Database:Provider"]);
        var connection = configuration.GetConnectionString("Waypoint");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException("Set ConnectionStrings:Waypoint (e.g. ConnectionStrings__Waypoint) to use PostgreSQL.");
            }

            var dataDirectory = configuration["Database:DataDirectory"] ?? DatabaseSetup.DefaultDataDirectory();
            connection = DatabaseSetup.DefaultSqliteConnectionString(dataDirectory);
        }

        return (provider, connection);
    }

    /// <summary>Applies pending migrations, then seeds the demo region if configured and the database is empty. Never deletes data.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
        var clock = Stopwatch.StartNew();
        await DatabaseSetup.MigrateAsync(db);
        logger.LogInformation("Database migrated ({Provider}) in {Elapsed} ms", db.Database.ProviderName, clock.ElapsedMilliseconds);

        if (configuration.GetValue("DemoData:SeedOnStart", false))
        {
            var result = await new DemoDataSeeder(db).SeedIfEmptyAsync(new DemoDataOptions(configuration.GetValue("DemoData:People", 4000)));
            if (result.Seeded)
            {
                logger.LogInformation("Demo region created: {People} people, {Contacts} contacts in {Seconds:F1} s", result.People, result.Contacts, result.Elapsed.TotalSeconds);
            }
        }
    }
}
