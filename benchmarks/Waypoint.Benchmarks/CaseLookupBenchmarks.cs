using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.Data.DemoData;

namespace Waypoint.Benchmarks;

/// <summary>
/// Whether compiling the query every case page opens with is worth it: the same projection (a case's summary by CRN,
/// as CaseAccessService reads it) as ordinary LINQ and as an EF compiled query, against a SQLite demo region, so the
/// difference is EF's own per-call work rather than the database's.
/// </summary>
[MemoryDiagnoser]
public class CaseLookupBenchmarks
{
    private static readonly Func<WaypointDbContext, string, CancellationToken, Task<Summary?>> Compiled = EF.CompileAsyncQuery(
        (WaypointDbContext db, string crn, CancellationToken cancellationToken) => db.People.AsNoTracking().Where(p => p.Crn == crn).Select(p => new Summary(
            p.Id, p.Crn, p.FirstName, p.LastName, p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
            p.ResponsibleTeam == null ? null : p.ResponsibleTeam.Name, p.ResponsibleTeam == null ? null : p.ResponsibleTeam.PduId, p.HasExclusions, p.HasRestrictions, p.CurrentTier)).SingleOrDefault());

    private string file = "";
    private DbContextOptions<WaypointDbContext> options = null!;
    private string crn = "";

    public sealed record Summary(int Id, string Crn, string FirstName, string LastName, string? Practitioner, string? Team, int? PduId, bool HasExclusions, bool HasRestrictions, string? Tier);

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        file = Path.Combine(Path.GetTempPath(), $"waypoint-bench-{Guid.NewGuid():N}.db");
        options = DatabaseSetup.CreateOptions(DatabaseProvider.Sqlite, $"Data Source={file}");
        await using var db = new WaypointDbContext(options).ActingAs(new SystemActor("benchmark"));
        await db.Database.MigrateAsync();
        await new DemoDataSeeder(db).SeedIfEmptyAsync(new DemoDataOptions(300));
        crn = await db.People.OrderBy(p => p.Id).Skip(150).Select(p => p.Crn).FirstAsync();
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Benchmark(Baseline = true)]
    public async Task<Summary?> Linq()
    {
        await using var db = new WaypointDbContext(options).ActingAs(new SystemActor("benchmark"));
        return await db.People.AsNoTracking().Where(p => p.Crn == crn).Select(p => new Summary(
            p.Id, p.Crn, p.FirstName, p.LastName, p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
            p.ResponsibleTeam == null ? null : p.ResponsibleTeam.Name, p.ResponsibleTeam == null ? null : p.ResponsibleTeam.PduId, p.HasExclusions, p.HasRestrictions, p.CurrentTier)).SingleOrDefaultAsync();
    }

    [Benchmark]
    public async Task<Summary?> CompiledQuery()
    {
        await using var db = new WaypointDbContext(options).ActingAs(new SystemActor("benchmark"));
        return await Compiled(db, crn, CancellationToken.None);
    }
}
