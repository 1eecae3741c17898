using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Risk;
using Waypoint.Domain.Workload;

namespace Waypoint.Web.Infrastructure.Risk;

/// <summary>A practitioner's workload page: the live figures, and the weekly trend from the daily snapshots.</summary>
public sealed record WorkloadView(PractitionerWorkload Workload, IReadOnlyList<(DateOnly Week, decimal Percent)> Trend, bool OverFourWeeks)
{
    public const decimal ExcessiveThreshold = 110m;

    public static async Task<WorkloadView?> LoadAsync(WaypointDbContext db, int staffId, DateOnly today, CancellationToken cancellationToken)
    {
        var workload = (await WorkloadRecalculator.ReadAsync(db, [staffId], today, cancellationToken)).SingleOrDefault();
        if (workload is null)
        {
            return null;
        }

        var trends = await TrendsAsync(db, [staffId], today, cancellationToken);
        var trend = trends.GetValueOrDefault(staffId) ?? [];
        return new WorkloadView(workload, trend, IsOverFourWeeks(trend, workload.Percent));
    }

    /// <summary>For each practitioner, the last 12 weeks: the latest snapshot in each week, oldest first.</summary>
    public static async Task<Dictionary<int, List<(DateOnly Week, decimal Percent)>>> TrendsAsync(WaypointDbContext db, IReadOnlyCollection<int> staffIds, DateOnly today,
        CancellationToken cancellationToken)
    {
        var from = today.AddDays(-7 * 12);
        var rows = await db.WorkloadSnapshots.AsNoTracking().Where(s => staffIds.Contains(s.StaffMemberId) && s.Date > from && s.Date < today)
            .Select(s => new { s.StaffMemberId, s.Date, s.CapacityPercent })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.StaffMemberId).ToDictionary(g => g.Key, g => g
            .GroupBy(r => (today.DayNumber - r.Date.DayNumber - 1) / 7)
            .Select(w => w.MaxBy(r => r.Date)!)
            .OrderBy(r => r.Date)
            .Select(r => (r.Date, r.CapacityPercent))
            .ToList());
    }

    /// <summary>Over 110% now and in each of the three weeks before: an excessive workload (ministerial answer, March 2021).</summary>
    public static bool IsOverFourWeeks(IReadOnlyList<(DateOnly Week, decimal Percent)> trend, decimal now) =>
        now > ExcessiveThreshold && trend.Count >= 3 && trend.TakeLast(3).All(t => t.Percent > ExcessiveThreshold);

    public static string ReductionText(Data.Entities.StaffReduction r) =>
        r.Percent is { } p ? $"{p:0.##}% of contracted hours" : $"{r.Hours:0.##} hours a week";

    public static string Describe(ReductionReason reason) => ReductionRules.Describe(reason);
}
