using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waypoint.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres,
}

/// <summary>Chooses the database engine from configuration and applies the options both engines share.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) ? provider
        : value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || value.Equals("Npgsql", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres
        : throw new InvalidOperationException($"Database:Provider '{value}' is not supported: use Sqlite or Postgres.");

    /// <summary>
    /// Applies the engine, connection and shared options. <paramref name="threadSafetyChecks"/> is EF Core's check that
    /// a context is not used by two operations at once: it is kept on in development and tests, where it finds the
    /// mistake, and the web server turns it off in production because it sets an async-local value twice for every row
    /// read (a tenth to a sixth of a whole-caseload page's allocations on the national seed; ADR 0006).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, bool threadSafetyChecks = true)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__waypoint_migrations"));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(PostgresConnectionString(connectionString), o => o.MigrationsHistoryTable("__waypoint_migrations"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }

        // Migrations are hand-written SQL (no design-time package here), so EF keeps no model snapshot to compare
        // against. The schema tests compare the migrated database with the model instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        options.AddInterceptors(LiteralPagingInterceptor.Instance);
        options.EnableThreadSafetyChecks(threadSafetyChecks);
        return options;
    }

    /// <summary>The statements Npgsql keeps prepared on each connection unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 256;

    /// <summary>
    /// The PostgreSQL connection string Waypoint uses: the configured one, with Npgsql's automatic preparation switched
    /// on (statements used twice on a connection are prepared and reused) unless the configuration sets it. Without it
    /// every query is parsed and planned afresh: on the national seed that was a third of a case page's time
    /// (ADR 0006). A configured "Max Auto Prepare" (0 turns it off) is kept as it is.
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var configured = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (configured.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare, AutoPrepareMinUsages = 2 };
        return builder.ConnectionString;
    }

    public static DbContextOptions<WaypointDbContext> CreateOptions(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<WaypointDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>Where the default SQLite database lives: the user's local data folder, outside any repository.</summary>
    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Waypoint");

    /// <summary>The SQLite connection string for a file under a data folder, creating the folder.</summary>
    public static string DefaultSqliteConnectionString(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "waypoint.db")};Foreign Keys=True";
    }

    /// <summary>
    /// Applies pending migrations with a command timeout of an hour: a migration that reshapes a national-size table
    /// (moving contacts into partitions, filling a new column) runs far past the 30-second default for page queries.
    /// </summary>
    public static async Task MigrateAsync(WaypointDbContext db, CancellationToken cancellationToken = default)
    {
        var previous = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(previous);
        }
    }
}
