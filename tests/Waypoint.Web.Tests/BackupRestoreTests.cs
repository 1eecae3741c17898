using System.Diagnostics;
using Npgsql;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>The operations scripts: a backup of a PostgreSQL database restores into a scratch database with its rows.</summary>
public class BackupRestoreTests
{
    [Fact]
    public async Task The_latest_backup_restores_and_its_row_counts_are_checked()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return; // PostgreSQL only; CI always has it (PostgresConfiguredTests fails the run otherwise)
        }

        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        for (var i = 0; i < 3; i++)
        {
            await data.CreatePersonOnProbationAsync(po, contacts: 2);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"waypoint-backups-{Guid.NewGuid():N}");
        try
        {
            var backup = await RunAsync("backup.sh", database.ConnectionString, folder);
            backup.ExitCode.ShouldBe(0, backup.Output);
            var check = await RunAsync("restore-check.sh", database.ConnectionString, folder);
            check.ExitCode.ShouldBe(0, check.Output);
            check.Output.ShouldContain("Restore check passed");
            check.Output.ShouldMatch(@"People\s+3\s+3");
            check.Output.ShouldMatch(@"Contacts\s+6\s+6");

            // Rows lost since the backup (nothing is ever deleted) fail the check.
            await using (var connection = new NpgsqlConnection(database.ConnectionString))
            {
                await connection.OpenAsync();
                await using var delete = new NpgsqlCommand("DELETE FROM \"Contacts\" WHERE \"Id\" = (SELECT \"Id\" FROM \"Contacts\" LIMIT 1)", connection);
                await delete.ExecuteNonQueryAsync();
            }

            var failed = await RunAsync("restore-check.sh", database.ConnectionString, folder);
            failed.ExitCode.ShouldBe(1);
            failed.Output.ShouldContain("mismatch in Contacts");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string connectionString, string folder)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ops", script)))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException($"ops/{script} not found above the test folder");
        }

        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "ops", script)]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGHOST"] = c.Host;
        start.Environment["PGPORT"] = c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = c.Username;
        start.Environment["PGDATABASE"] = c.Database;
        start.Environment["BACKUP_DIR"] = folder;
        if (c.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
