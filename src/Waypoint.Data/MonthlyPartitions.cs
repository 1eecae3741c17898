using Microsoft.EntityFrameworkCore;

namespace Waypoint.Data;

/// <summary>
/// On PostgreSQL contacts and the audit trail are partitioned by month (migration 0017). The daily job keeps the next
/// <see cref="MonthsAhead"/> months created, so new rows never land in the default partition; bulk loads of history
/// create the months they need first. On SQLite there is nothing to do.
/// </summary>
public static class MonthlyPartitions
{
    public const int MonthsAhead = 3;

    /// <summary>The partitioned tables and the timestamp each is partitioned on.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> Tables = [("Contacts", "OccurredAt"), ("AuditEntries", "RecordedAt")];

    /// <summary>Creates any missing monthly partitions from <paramref name="from"/>'s month to <paramref name="to"/>'s; returns how many.</summary>
    public static async Task<int> EnsureAsync(WaypointDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return 0;
        }

        var created = 0;
        foreach (var (table, column) in Tables)
        {
            created += await db.Database
                .SqlQuery<int>($"SELECT waypoint_ensure_monthly_partitions({table}, {column}, {from}, {to}) AS \"Value\"")
                .SingleAsync(cancellationToken);
        }

        return created;
    }

    /// <summary>The months ahead the daily job keeps ready, from the current month.</summary>
    public static Task<int> EnsureAheadAsync(WaypointDbContext db, DateOnly today, CancellationToken cancellationToken = default) =>
        EnsureAsync(db, today, today.AddMonths(MonthsAhead), cancellationToken);
}
