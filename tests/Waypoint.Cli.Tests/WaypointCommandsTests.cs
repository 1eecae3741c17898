using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Cli.Tests;

public class WaypointCommandsTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var all = args.Concat(["--provider", database.Provider.ToString(), "--connection", database.ConnectionString]).ToArray();
        var exit = await WaypointCommands.Build(output, error).Parse(all).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_seed_and_verify_work_together_and_seed_never_overwrites(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var migrate = await RunAsync(database, "migrate");
        migrate.Exit.ShouldBe(0, migrate.Error);
        migrate.Output.ShouldContain("0025_NameSearchStatistics");

        var seed = await RunAsync(database, "seed", "--people", "120");
        seed.Exit.ShouldBe(0, seed.Error);
        seed.Output.ShouldContain("Seeded 120 people");

        var again = await RunAsync(database, "seed", "--people", "120");
        again.Exit.ShouldBe(WaypointCommands.NothingDone);
        again.Error.ShouldContain("already holds data");
        await using (var db = database.CreateContext())
        {
            (await db.People.CountAsync()).ShouldBe(120);
        }

        var verify = await RunAsync(database, "audit", "verify");
        verify.Exit.ShouldBe(0, verify.Error);
        verify.Output.ShouldContain("Audit chain intact");
    }

    [Fact]
    public async Task Verify_reports_a_broken_chain_with_its_own_exit_code()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var data = new TestData.TestData(() => database.CreateContext());
        await data.CreatePersonOnProbationAsync();
        await data.CreatePersonOnProbationAsync();
        (await RunAsync(database, "audit", "verify")).Exit.ShouldBe(0);

        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"TR_AuditEntries_NoDelete\"");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"ChainIndex\" = 2");
        }

        var broken = await RunAsync(database, "audit", "verify", "--no-seal");
        broken.Exit.ShouldBe(WaypointCommands.AuditChainBroken);
        broken.Error.ShouldContain("BROKEN at entry 2");
    }

    [Fact]
    public async Task A_nonsense_people_count_is_refused()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        var result = await RunAsync(database, "seed", "--people", "0");
        result.Exit.ShouldBe(WaypointCommands.NothingDone);
        result.Error.ShouldContain("--people must be between");
    }

    [Fact]
    public async Task Predict_ogrs3_reads_a_json_file_and_prints_the_result()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ogrs3-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"gender":"MALE","dateOfBirth":"1965-12-07","dateOfCurrentConviction":"2025-05-13","dateAtStartOfFollowup":"2026-12-06","totalNumberOfSanctionsForAllOffences":2,"ageAtFirstSanction":47,"currentOffenceCode":"027/00"}""");
        try
        {
            var output = new StringWriter();
            var exit = await WaypointCommands.Build(output, new StringWriter()).Parse(["predict", "ogrs3", "--input", file]).InvokeAsync();
            exit.ShouldBe(0);
            output.ToString().Trim().ShouldBe("""{"oneYear":8,"twoYear":16,"band":"LOW","errors":[]}""");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> PredictAsync(string predictor, string? json, string command = "predict", string? sub = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"{predictor}-{Guid.NewGuid():N}.json");
        if (json is not null)
        {
            await File.WriteAllTextAsync(file, json);
        }

        try
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var exit = await WaypointCommands.Build(output, error).Parse([command, sub ?? predictor, "--input", file]).InvokeAsync();
            return (exit, output.ToString().Trim(), error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Predict_v4_prints_an_array_for_an_array_and_exits_0_on_refusals()
    {
        var heavyHistory = """{"assessmentDate":"2025-10-03","gender":"MALE","dateOfBirth":"1937-12-23","dateOfCurrentConviction":"1957-11-04","dateAtStartOfFollowup":"1958-09-19","totalNumberOfSanctionsForAllOffences":89,"totalNumberOfViolentSanctions":78,"ageAtFirstSanction":19,"currentOffenceCode":"12100"}""";
        var result = await PredictAsync("v4", $"[{heavyHistory}, {{}}]");
        result.Exit.ShouldBe(0);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var items = document.RootElement;
        items.GetArrayLength().ShouldBe(2);
        items[0].GetProperty("ARP").GetProperty("score").GetDecimal().ShouldBe(94.24m);
        items[0].GetProperty("VRP").GetProperty("score").GetDecimal().ShouldBe(91.22m);
        items[0].GetProperty("SVRP").GetProperty("score").GetDecimal().ShouldBe(18.74m);
        items[0].GetProperty("SVRP").GetProperty("band").GetString().ShouldBe("VERY_HIGH");
        items[1].GetProperty("ARP").GetProperty("errors")[0].GetProperty("type").GetString().ShouldBe("MISSING_MANDATORY_INPUT");
    }

    [Fact]
    public async Task Predict_fails_with_a_message_for_a_missing_file_or_malformed_json()
    {
        var missing = await PredictAsync("v4", null);
        missing.Exit.ShouldNotBe(0);
        missing.Error.ShouldContain("Cannot read");
        missing.Output.ShouldBeEmpty();

        var malformed = await PredictAsync("ogrs3", "{\"gender\": ");
        malformed.Exit.ShouldNotBe(0);
        malformed.Error.ShouldContain("not valid JSON");
        malformed.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Tier_calculate_reads_either_framework()
    {
        var file = Path.Combine(Path.GetTempPath(), $"tier-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """[{"arp":{"score":80,"static":false},"csrp":{"score":4.0,"static":false},"rosh":"low"},{"framework":"PROTECT-CHANGE","rosh":"very-high","hasMandateForChange":false}]""");
        try
        {
            var output = new StringWriter();
            var exit = await WaypointCommands.Build(output, new StringWriter()).Parse(["tier", "calculate", "--input", file]).InvokeAsync();
            exit.ShouldBe(0);
            using var document = System.Text.Json.JsonDocument.Parse(output.ToString());
            document.RootElement[0].GetProperty("tier").GetString().ShouldBe("B");
            document.RootElement[0].GetProperty("provisional").GetBoolean().ShouldBeFalse();
            document.RootElement[1].GetProperty("tier").GetString().ShouldBe("A0");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Workload_calculate_gives_the_reference_worked_example()
    {
        var result = await PredictAsync("workload", """{"grade":"PO","contractedHours":30,"reductionHours":1.8}""", command: "workload", sub: "calculate");
        result.Exit.ShouldBe(0);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("availablePoints").GetInt32().ShouldBe(1658);
        document.RootElement.GetProperty("capacityPercent").GetDecimal().ShouldBe(0m);
    }
}
