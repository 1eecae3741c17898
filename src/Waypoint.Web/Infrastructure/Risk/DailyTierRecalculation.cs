using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Tiering;

namespace Waypoint.Web.Infrastructure.Risk;

/// <summary>
/// Some tier inputs move with the calendar rather than with a change to the record (the year since a life or IPP
/// release, the 55 weeks an assessment stays valid, which framework is in force): once a day every tier is recalculated,
/// writing history only where the result changes, and every practitioner's workload snapshot for the day is saved
/// (reductions start and end with the calendar too), and the coming months' partitions of contacts and the audit trail
/// are created. Every server looks each hour; the first to take the job (an
/// advisory lock on PostgreSQL) on a day runs it and records the day, so with several servers it runs once a day.
/// </summary>
public sealed class DailyTierRecalculation(IServiceScopeFactory scopes, TierFrameworkPolicy policy, TimeProvider clock, ILogger<DailyTierRecalculation> logger)
    : BackgroundService
{
    private const long AdvisoryLockKey = 0x5741_5954_4945_5231; // "WAYTIER1"
    public const string JobName = "daily-recalculation";
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Daily tier recalculation failed; it will be tried again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryLockKey}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!locked)
            {
                return 0;
            }
        }

        try
        {
            var day = Waypoint.Domain.Appointments.UkClock.Today(clock.GetUtcNow().UtcDateTime);
            var run = await db.ScheduledJobRuns.AsTracking().SingleOrDefaultAsync(r => r.Job == JobName, cancellationToken);
            if (run?.LastRunOn >= day)
            {
                return 0; // done today, here or on another server
            }

            // The coming months' partitions of contacts and the audit trail (PostgreSQL), so no row lands in the default.
            await MonthlyPartitions.EnsureAheadAsync(db, day, cancellationToken);

            // Temporary reallocations that have run their course go back first, so today's workloads are right.
            await Waypoint.Data.Allocations.AllocationService.ReturnTemporaryAllocationsAsync(db, Waypoint.Domain.Appointments.UkClock.Today(clock.GetUtcNow().UtcDateTime), clock.GetUtcNow().UtcDateTime, cancellationToken);
            db.ChangeTracker.Clear();
            var ids = await db.People.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            var changed = 0;
            var affected = new HashSet<int>(); // every practitioner's workload is recalculated below anyway
            foreach (var chunk in ids.Chunk(TierRecalculator.BatchSize))
            {
                changed += await TierRecalculator.RecalculateAsync(db, chunk, "Daily recalculation", clock.GetUtcNow().UtcDateTime, cancellationToken, policy, affected);
                db.ChangeTracker.Clear();
            }

            // Every practitioner's snapshot for the day, so the trend has a point each day even when nothing changed.
            var holders = await db.StaffMembers.AsNoTracking()
                .Where(s => s.IsActive && (s.Grade == Domain.Organisation.Grade.Po || s.Grade == Domain.Organisation.Grade.Pso || s.Grade == Domain.Organisation.Grade.Pqip))
                .Select(s => s.Id).ToListAsync(cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            foreach (var chunk in holders.Chunk(200))
            {
                var workloads = await WorkloadRecalculator.RecalculateAsync(db, chunk, today, cancellationToken);
                await WorkloadRecalculator.RaiseFlagsAsync(db, workloads, today, cancellationToken);
            }

            run = await db.ScheduledJobRuns.AsTracking().SingleOrDefaultAsync(r => r.Job == JobName, cancellationToken);
            if (run is null)
            {
                db.ScheduledJobRuns.Add(run = new ScheduledJobRun { Job = JobName });
            }

            (run.LastRunOn, run.LastRunAt, run.LastRunBy) = (day, clock.GetUtcNow().UtcDateTime, worker);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Daily recalculation: {People} people ({Changed} tiers changed), {Practitioners} workload snapshots", ids.Count, changed, holders.Count);
            return changed;
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
