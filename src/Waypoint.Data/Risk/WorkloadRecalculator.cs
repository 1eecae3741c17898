using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Workload;

namespace Waypoint.Data.Risk;

/// <summary>One practitioner's workload as it stands: the figures, each line of the breakdown, and their reductions.</summary>
public sealed record PractitionerWorkload(
    int StaffMemberId, string Name, Grade Grade, int TeamId, decimal ContractedHours, decimal ReductionHours, DateOnly? NextCapacityChange,
    IReadOnlyList<StaffReduction> Reductions, WorkloadResult Result, int Cases)
{
    public decimal Percent => Result.CapacityPercent;
}

/// <summary>
/// Workload from the database, for any set of practitioners in a handful of queries: each held case weighed by its
/// protect/change tier and case type (custody before release, licence after; an order past its end date is an overdue
/// termination). Saving a day's snapshot after every change keeps the figure live and gives the trend.
/// </summary>
public static class WorkloadRecalculator
{
    /// <summary>A completed pre-sentence report counts for this many days, the day of completion included.</summary>
    public const int ReportDays = 30;

    private sealed record StaffRow(int Id, string Name, Grade Grade, int TeamId, decimal ContractedHours);

    private sealed record HeldCase(int StaffId, string? ProtectChangeTier, Oversight.CurrentSentence? Sentence);

    private sealed record ReportCount(int StaffMemberId, ReportType Type, int Count);

    private sealed record SnapshotPercent(int StaffMemberId, DateOnly Date, decimal CapacityPercent);

    // Compiled (ADR 0006): the team workload page and every allocation read these for a team at a time.
    private static readonly CompiledQuery<Func<WaypointDbContext, IAsyncEnumerable<WeightSetVersion>>> StoredWeightSets = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db) => db.WeightSetVersions.AsNoTracking()));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<StaffRow>>> StaffOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds) => db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new StaffRow(s.Id, s.FirstName + " " + s.LastName, s.Grade, s.TeamId, s.ContractedHours))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<HeldCase>>> CasesHeldBy = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds) => db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId != null && staffIds.Contains(p.ResponsibleStaffMemberId.Value))
            .Select(p => new HeldCase(p.ResponsibleStaffMemberId!.Value, p.ProtectChangeTier,
                Oversight.CurrentSentence.From(p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate,
                    p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn))))); // kept by CurrentSentenceSummaries

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<StaffReduction>>> ReductionsOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds) => db.StaffReductions.AsNoTracking().Where(r => staffIds.Contains(r.StaffMemberId))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, DateOnly, IAsyncEnumerable<ReportCount>>> ReportsCompleted = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds, DateOnly from, DateOnly today) => db.CourtReports.AsNoTracking()
            .Where(r => staffIds.Contains(r.StaffMemberId) && r.CompletedOn != null && r.CompletedOn >= from && r.CompletedOn <= today)
            .GroupBy(r => new { r.StaffMemberId, r.Type }).Select(g => new ReportCount(g.Key.StaffMemberId, g.Key.Type, g.Count()))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, DateOnly, IAsyncEnumerable<SnapshotPercent>>> SnapshotsBetween = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds, DateOnly from, DateOnly today) => db.WorkloadSnapshots.AsNoTracking()
            .Where(s => staffIds.Contains(s.StaffMemberId) && s.Date > from && s.Date < today)
            .Select(s => new SnapshotPercent(s.StaffMemberId, s.Date, s.CapacityPercent))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, IAsyncEnumerable<int>>> FlaggedSince = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds, DateOnly since) => db.WorkloadFlags.AsNoTracking()
            .Where(f => staffIds.Contains(f.StaffMemberId) && f.RaisedOn > since).Select(f => f.StaffMemberId).Distinct()));

    /// <summary>Every stored weight set version, with the built-in default.</summary>
    public static async Task<IReadOnlyList<WeightSet>> WeightSetsAsync(WaypointDbContext db, CancellationToken cancellationToken)
    {
        var stored = await StoredWeightSets.For(db)(db).ToListAsync(cancellationToken);
        return [WeightSet.Default, .. stored.Select(v => WeightSetJson.Deserialize(v.EffectiveFrom, v.WeightsJson))];
    }

    public static async Task<List<PractitionerWorkload>> ReadAsync(WaypointDbContext db, IReadOnlyCollection<int> staffIds, DateOnly today, CancellationToken cancellationToken,
        WeightSet? weights = null)
    {
        weights ??= WeightSet.InForce(await WeightSetsAsync(db, cancellationToken), today);
        var ids = staffIds as List<int> ?? [.. staffIds];
        var staff = await StaffOf.For(db)(db, ids).ToListAsync(cancellationToken);
        var cases = await CasesHeldBy.For(db)(db, ids).ToListAsync(cancellationToken);
        var reductions = await ReductionsOf.For(db)(db, ids).ToListAsync(cancellationToken);

        // Reports completed in the last 30 days (the day of completion is the first).
        var reportsFrom = today.AddDays(-(ReportDays - 1));
        var reports = (await ReportsCompleted.For(db)(db, ids, reportsFrom, today).ToListAsync(cancellationToken)).ToLookup(r => r.StaffMemberId);
        var casesByStaff = cases.ToLookup(c => c.StaffId);
        var reductionsByStaff = reductions.ToLookup(r => r.StaffMemberId);
        var result = new List<PractitionerWorkload>(staff.Count);
        foreach (var s in staff)
        {
            var held = casesByStaff[s.Id]
                .Select(c =>
                {
                    var type = c.Sentence?.Type switch
                    {
                        SentenceType.CustodyWithLicence when c.Sentence.ReleaseDate is { } release && release > today => WorkloadCaseType.Custody,
                        SentenceType.CustodyWithLicence => WorkloadCaseType.Licence,
                        _ => WorkloadCaseType.Community,
                    };
                    var end = type == WorkloadCaseType.Licence ? c.Sentence?.LicenceExpiryDate : c.Sentence?.ExpectedEndDate;
                    InactiveReason? inactive = end is { } e && e < today ? InactiveReason.OverdueTermination : null;
                    return (type, c.ProtectChangeTier, inactive);
                })
                .GroupBy(c => c)
                .OrderBy(g => g.Key.ProtectChangeTier ?? "~").ThenBy(g => g.Key.type)
                .Select(g => new WorkloadCase(g.Key.type, g.Key.ProtectChangeTier, false, g.Key.inactive, g.Count()))
                .ToList();
            var staffReductions = reductionsByStaff[s.Id].OrderBy(r => r.Start).ToList();
            var domainReductions = staffReductions.Select(r => r.ToDomain()).ToList();
            var reductionHours = ReductionRules.HoursOn(domainReductions, s.ContractedHours, today);
            var staffReports = reports[s.Id].OrderBy(r => r.Type).Select(r => new WorkloadReport(r.Type, r.Count)).ToList();
            var figures = WorkloadCalculator.Calculate(new WorkloadInput(s.Grade, s.ContractedHours, held, staffReports, reductionHours), weights);
            result.Add(new PractitionerWorkload(s.Id, s.Name, s.Grade, s.TeamId, s.ContractedHours, reductionHours,
                ReductionRules.NextChange(domainReductions, today), staffReductions, figures, held.Sum(h => h.Count)));
        }

        return result;
    }

    /// <summary>Recalculates and saves today's snapshot for each practitioner (one row per practitioner per day).</summary>
    public static async Task<List<PractitionerWorkload>> RecalculateAsync(WaypointDbContext db, IReadOnlyCollection<int> staffIds, DateOnly today, CancellationToken cancellationToken)
    {
        var workloads = await ReadAsync(db, staffIds, today, cancellationToken);
        var existing = await db.WorkloadSnapshots.Where(s => staffIds.Contains(s.StaffMemberId) && s.Date == today).ToDictionaryAsync(s => s.StaffMemberId, cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var w in workloads.Where(w => GradeNames.HoldsCases(w.Grade)))
        {
            if (!existing.TryGetValue(w.StaffMemberId, out var snapshot))
            {
                snapshot = new WorkloadSnapshot { StaffMemberId = w.StaffMemberId, Date = today };
                db.WorkloadSnapshots.Add(snapshot);
            }

            snapshot.TotalPoints = w.Result.TotalPoints;
            snapshot.AvailablePoints = w.Result.AvailablePoints;
            snapshot.CapacityPercent = w.Result.CapacityPercent;
            snapshot.Cases = w.Cases;
            snapshot.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<WorkloadSnapshot>().ToList())
        {
            entry.State = EntityState.Detached;
        }

        return workloads;
    }

    /// <summary>For each practitioner, the 12 weeks before today: the latest snapshot in each week, oldest first.</summary>
    public static async Task<Dictionary<int, List<(DateOnly Week, decimal Percent)>>> TrendsAsync(WaypointDbContext db, IReadOnlyCollection<int> staffIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        var from = today.AddDays(-7 * 12);
        var rows = await SnapshotsBetween.For(db)(db, staffIds as List<int> ?? [.. staffIds], from, today).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.StaffMemberId).ToDictionary(g => g.Key, g => g
            .GroupBy(r => (today.DayNumber - r.Date.DayNumber - 1) / 7)
            .Select(w => w.MaxBy(r => r.Date)!)
            .OrderBy(r => r.Date)
            .Select(r => (r.Date, r.CapacityPercent))
            .ToList());
    }

    /// <summary>
    /// Raises an excessive-workload flag for each practitioner over 110% now and for the three weeks before, unless one
    /// was raised in the last four weeks. Returns the practitioners newly flagged.
    /// </summary>
    public static async Task<List<int>> RaiseFlagsAsync(WaypointDbContext db, IReadOnlyCollection<PractitionerWorkload> workloads, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = workloads.Select(w => w.StaffMemberId).ToList();
        var trends = await TrendsAsync(db, ids, today, cancellationToken);
        var recent = today.AddDays(-28);
        var alreadyFlagged = await FlaggedSince.For(db)(db, ids, recent).ToListAsync(cancellationToken);
        var raised = new List<int>();
        foreach (var w in workloads.Where(w => !alreadyFlagged.Contains(w.StaffMemberId)))
        {
            var weekly = (trends.GetValueOrDefault(w.StaffMemberId) ?? []).Select(t => t.Percent).ToList();
            if (ExcessiveWorkload.ForFourWeeks(weekly, w.Percent))
            {
                db.WorkloadFlags.Add(new WorkloadFlag { StaffMemberId = w.StaffMemberId, RaisedOn = today, PercentWhenRaised = w.Percent });
                raised.Add(w.StaffMemberId);
            }
        }

        if (raised.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return raised;
    }
}
