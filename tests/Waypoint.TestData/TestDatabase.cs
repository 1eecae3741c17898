using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Waypoint.Data;
using Waypoint.Data.Auditing;

namespace Waypoint.TestData;

/// <summary>
/// A throwaway database built only from Waypoint's migrations. SQLite uses a temporary file; PostgreSQL a new
/// database on the server named by WAYPOINT_TEST_POSTGRES (test.sh starts one). Dispose drops it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WAYPOINT_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The providers to run data tests on: SQLite always, PostgreSQL whenever a server is configured.</summary>
    public static IEnumerable<object[]> Providers()
    {
        yield return [DatabaseProvider.Sqlite];
        if (PostgresServer is not null)
        {
            yield return [DatabaseProvider.Postgres];
        }
    }

    /// <summary>Creates an empty database (no tables) for the provider.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"waypoint-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Foreign Keys=True;Pooling=False", file, null);
        }

        var server = PostgresServer ?? throw new InvalidOperationException($"Set {PostgresVariable} to a PostgreSQL connection string (test.sh does this).");
        var name = $"waypoint_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString, null, name);
    }

    /// <summary>Creates a database and applies every migration.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public WaypointDbContext CreateContext(IAuditActor? actor = null) =>
        new WaypointDbContext(DatabaseSetup.CreateOptions(Provider, ConnectionString)).ActingAs(actor ?? new SystemActor("test"));

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(sqliteFile + suffix);
                }
                catch (IOException)
                {
                    // A file still held open is left for the OS to clean from the temp folder.
                }
            }
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer!) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
