using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.Data.DemoData;
using Waypoint.Domain.Contracts;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;
using Waypoint.Domain.Workload;

namespace Waypoint.Cli;

/// <summary>
/// The `waypoint` administrative commands. Database settings come from --provider/--connection, else the same
/// configuration keys as the web app (Database__Provider, ConnectionStrings__Waypoint, Database__DataDirectory).
/// </summary>
public static class WaypointCommands
{
    public const int Ok = 0;
    public const int NothingDone = 1;
    public const int AuditChainBroken = 2;


    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var providerOption = new Option<string?>("--provider") { Description = "Sqlite or Postgres (default: Database:Provider from configuration, else Sqlite)", Recursive = true };
        var connectionOption = new Option<string?>("--connection") { Description = "Connection string (default: ConnectionStrings:Waypoint from configuration)", Recursive = true };

        var root = new RootCommand("Waypoint administrative commands");
        root.Options.Add(providerOption);
        root.Options.Add(connectionOption);

        WaypointDbContext CreateContext(ParseResult parse)
        {
            var config = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var provider = DatabaseSetup.ParseProvider(parse.GetValue(providerOption) ?? config["Database:Provider"]);
            var connection = parse.GetValue(connectionOption) ?? config.GetConnectionString("Waypoint");
            if (string.IsNullOrWhiteSpace(connection))
            {
                connection = provider == DatabaseProvider.Sqlite
                    ? DatabaseSetup.DefaultSqliteConnectionString(config["Database:DataDirectory"] ?? DatabaseSetup.DefaultDataDirectory())
                    : throw new InvalidOperationException("Set ConnectionStrings__Waypoint or --connection for PostgreSQL.");
            }

            return new WaypointDbContext(DatabaseSetup.CreateOptions(provider, connection)).ActingAs(new SystemActor("system:cli"));
        }

        var schemaScript = new Command("schema-script", "Print the CREATE script EF Core derives from the model for the chosen provider (used to write migrations and to check them).");
        schemaScript.SetAction(parse =>
        {
            using var db = CreateContext(parse);
            output.WriteLine(db.Database.GenerateCreateScript());
            return Ok;
        });
        root.Subcommands.Add(schemaScript);

        var migrate = new Command("migrate", "Apply every pending migration.");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var db = CreateContext(parse);
            await DatabaseSetup.MigrateAsync(db, ct);
            output.WriteLine($"Migrated ({db.Database.ProviderName}): {string.Join(", ", await db.Database.GetAppliedMigrationsAsync(ct))}");
            return Ok;
        });
        root.Subcommands.Add(migrate);

        var peopleOption = new Option<int?>("--people") { Description = "How many people on probation to generate (default: the profile's)" };
        var profileOption = new Option<string>("--profile")
        {
            Description = "demo: one region, 4,000 people (what first start makes); region: 25,000 people with a full history (60 contacts, 16 past appointments each, all audited); national: 250,000 people in 12 regions with that history (for load runs, PostgreSQL)",
            DefaultValueFactory = _ => "demo",
        };
        profileOption.AcceptOnlyFromAmong([.. DemoDataOptions.Profiles]);
        var seedOption = new Option<int>("--seed") { Description = "Random seed (the same seed and day give the same data)", DefaultValueFactory = _ => 20261122 };
        var seed = new Command("seed", "Migrate, then fill an empty database with generated data of the chosen profile (never touches a database that has data).");
        seed.Options.Add(profileOption);
        seed.Options.Add(peopleOption);
        seed.Options.Add(seedOption);
        seed.SetAction(async (parse, ct) =>
        {
            var people = parse.GetValue(peopleOption);
            if (people is < 1 or > 1_000_000)
            {
                error.WriteLine("--people must be between 1 and 1,000,000.");
                return NothingDone;
            }

            await using var db = CreateContext(parse);
            await DatabaseSetup.MigrateAsync(db, ct);
            var result = await new DemoDataSeeder(db).SeedIfEmptyAsync(DemoDataOptions.ForProfile(parse.GetValue(profileOption)!, people, parse.GetValue(seedOption)), ct);
            if (!result.Seeded)
            {
                error.WriteLine("The database already holds data: nothing was added.");
                return NothingDone;
            }

            output.WriteLine($"Seeded {result.People:N0} people and {result.Contacts:N0} contacts in {result.Elapsed.TotalSeconds:F1} s"
                + $" ({result.Regions} region{(result.Regions == 1 ? "" : "s")}, {result.Staff:N0} staff, {result.HistoryAppointments:N0} past appointments, {result.AuditEntries:N0} audit entries).");
            return Ok;
        });
        root.Subcommands.Add(seed);

        var audit = new Command("audit", "Audit trail commands.");
        var noSeal = new Option<bool>("--no-seal") { Description = "Verify only what is already sealed" };
        var verify = new Command("verify", "Seal any new entries, then recompute the whole hash chain and report the first break.");
        verify.Options.Add(noSeal);
        verify.SetAction(async (parse, ct) =>
        {
            await using var db = CreateContext(parse);
            if (!parse.GetValue(noSeal))
            {
                await AuditTrail.SealAllAsync(db, ct);
            }

            var result = await AuditTrail.VerifyAsync(db, ct);
            if (result.IsIntact)
            {
                output.WriteLine($"Audit chain intact: {result.SealedEntries:N0} sealed entries verified, {result.UnsealedEntries:N0} awaiting sealing.");
                return Ok;
            }

            error.WriteLine($"Audit chain BROKEN at entry {result.Break!.ChainIndex}: {result.Break.Reason}.");
            return AuditChainBroken;
        });
        audit.Subcommands.Add(verify);
        root.Subcommands.Add(audit);

        var predict = new Command("predict", "Actuarial predictors from a JSON input file.");
        var inputOption = new Option<string>("--input") { Description = "JSON file with the predictor's inputs ('-' for standard input)", Required = true };
        var today = () => DateOnly.FromDateTime(DateTime.Today);
        predict.Subcommands.Add(Calculator("ogrs3", "OGRS3: {\"oneYear\", \"twoYear\", \"band\", \"errors\"} for each input.", inputOption, output, error,
            json => JsonContract.Run<Ogrs3Request, Ogrs3Response>(json, Ogrs3Contract.Calculate)));
        predict.Subcommands.Add(Calculator("v4", "OASys version 4 predictors: {\"ARP\", \"VRP\", \"SVRP\", \"DC-SRP\", \"IIC-SRP\", \"CSRP\"} for each input.", inputOption, output, error,
            json => JsonContract.Run<V4Request, V4Response>(json, r => V4Contract.Calculate(r, today()))));
        root.Subcommands.Add(predict);

        var tier = new Command("tier", "Supervision tiering.");
        tier.Subcommands.Add(Calculator("calculate", "The tier: {\"tier\", \"provisional\", \"steps\"} (current framework) or {\"tier\", \"protect\", \"change\", ...} (\"framework\": \"protect-change\").",
            inputOption, output, error, json => JsonContract.Run<TierRequest, object>(json, r => TierContract.Calculate(r, today()))));
        var recalculate = new Command("recalculate", "Recalculate every person's tier from the database (history rows only where the result or its reasons change).");
        recalculate.SetAction(async (parse, ct) =>
        {
            await using var db = CreateContext(parse);
            var policy = Data.Risk.TieringConfiguration.Read(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            var started = System.Diagnostics.Stopwatch.StartNew();
            var ids = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            var changed = 0;
            var practitioners = new HashSet<int>();
            foreach (var chunk in ids.Chunk(Data.Risk.TierRecalculator.BatchSize))
            {
                changed += await Data.Risk.TierRecalculator.RecalculateAsync(db, chunk, "Recalculated for everyone", DateTime.UtcNow, ct, policy, practitioners);
                db.ChangeTracker.Clear();
            }

            // Once each, for the practitioners whose people's tiers changed.
            foreach (var chunk in practitioners.Chunk(200))
            {
                await Data.Risk.WorkloadRecalculator.RecalculateAsync(db, chunk, DateOnly.FromDateTime(DateTime.UtcNow), ct);
                db.ChangeTracker.Clear();
            }

            output.WriteLine($"Recalculated {ids.Count:N0} tiers in {started.Elapsed.TotalSeconds:F1} s; {changed:N0} changed ({practitioners.Count:N0} practitioners' workloads recalculated).");
            return Ok;
        });
        tier.Subcommands.Add(recalculate);
        root.Subcommands.Add(tier);

        var workload = new Command("workload", "Workload measurement.");
        workload.Subcommands.Add(Calculator("calculate", "Workload points and capacity: {\"totalPoints\", \"availablePoints\", \"capacityPercent\", ...} or {\"errors\"} for each input.",
            inputOption, output, error, json => JsonContract.Run<WorkloadRequest, object>(json, r => WorkloadContract.Calculate(r, today()))));
        var pduOption = new Option<string?>("--pdu") { Description = "Only this PDU (its code)" };
        var workloadRecalculate = new Command("recalculate", "Recalculate every practitioner's workload (or one PDU's) and save today's snapshots.");
        workloadRecalculate.Options.Add(pduOption);
        workloadRecalculate.SetAction(async (parse, ct) =>
        {
            await using var db = CreateContext(parse);
            var pdu = parse.GetValue(pduOption);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var ids = await db.StaffMembers.AsNoTracking()
                .Where(s => s.IsActive && (s.Grade == Domain.Organisation.Grade.Po || s.Grade == Domain.Organisation.Grade.Pso || s.Grade == Domain.Organisation.Grade.Pqip))
                .Where(s => pdu == null || s.Team.Pdu.Code == pdu)
                .Select(s => s.Id).ToListAsync(ct);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var cases = 0;
            var cold = TimeSpan.Zero;
            for (var round = 0; round < 2; round++)
            {
                // The second round is warm, as a running server recalculates: the figure the benchmarks report.
                started.Restart();
                cases = 0;
                foreach (var chunk in ids.Chunk(200))
                {
                    cases += (await Data.Risk.WorkloadRecalculator.RecalculateAsync(db, chunk, today, ct)).Sum(w => w.Cases);
                }

                cold = round == 0 ? started.Elapsed : cold;
            }

            output.WriteLine($"Recalculated {ids.Count:N0} practitioners' workload ({cases:N0} cases) in {started.Elapsed.TotalMilliseconds:F0} ms warm ({cold.TotalMilliseconds:F0} ms on first use).");
            return Ok;
        });
        workload.Subcommands.Add(workloadRecalculate);

        var crnOption = new Option<string>("--crn") { Description = "The case to allocate", Required = true };
        var everyTeam = new Option<bool>("--every-team") { Description = "Consider every team in the database, not only the case's PDU" };
        var recommend = new Command("recommend", "Rank every practitioner of the case's PDU for a case, with the reasons (as the allocation page does).");
        recommend.Options.Add(crnOption);
        recommend.Options.Add(everyTeam);
        recommend.SetAction(async (parse, ct) =>
        {
            await using var db = CreateContext(parse);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var allocating = await Data.Allocations.AllocationService.CaseAsync(db, parse.GetValue(crnOption)!, today, ct);
            if (allocating is null)
            {
                error.WriteLine("No person has that CRN.");
                return NothingDone;
            }

            var all = parse.GetValue(everyTeam);
            var teams = await db.Teams.AsNoTracking().Where(t => all || t.PduId == allocating.PduId).Select(t => t.Id).ToListAsync(ct);
            var candidates = await Data.Allocations.AllocationService.CandidatesAsync(db, allocating, teams, today, ct);
            var cold = started.Elapsed;

            // Once more, warm (as a running server answers): the figure the benchmarks report.
            started.Restart();
            candidates = await Data.Allocations.AllocationService.CandidatesAsync(db, allocating, teams, today, ct);
            var elapsed = started.Elapsed;
            foreach (var c in candidates.Take(5))
            {
                output.WriteLine($"{c.Name} ({c.Grade}): {string.Join("; ", c.Reasons())}");
            }

            output.WriteLine($"Ranked {candidates.Count:N0} practitioners in {teams.Count} teams in {elapsed.TotalMilliseconds:F0} ms warm ({cold.TotalMilliseconds:F0} ms on first use).");
            return Ok;
        });
        workload.Subcommands.Add(recommend);
        root.Subcommands.Add(workload);
        return root;
    }

    /// <summary>
    /// A calculator command under the common contract: reads a JSON object or array from --input FILE ('-' for standard
    /// input), writes one JSON document and exits 0 (refusals are results); unreadable files or JSON exit 1 with a message.
    /// </summary>
    private static Command Calculator(string name, string description, Option<string> inputOption, TextWriter output, TextWriter error, Func<string, string> run)
    {
        var command = new Command(name, description);
        command.Options.Add(inputOption);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(inputOption)!;
            string json;
            try
            {
                json = path == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot read {path}: {ex.Message}");
                return NothingDone;
            }

            try
            {
                output.WriteLine(run(json));
                return Ok;
            }
            catch (ContractInputException ex)
            {
                error.WriteLine(ex.Message);
                return NothingDone;
            }
        });
        return command;
    }
}
