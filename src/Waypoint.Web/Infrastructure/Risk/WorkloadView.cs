using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Risk;
using Waypoint.Domain.Workload;

namespace Waypoint.Web.Infrastructure.Risk;

/// <summary>A practitioner's workload page: the live figures, and the weekly trend from the daily snapshots.</summary>
public sealed record WorkloadView(PractitionerWorkload Workload, IReadOnlyList<(DateOnly Week, decimal Percent)> Trend, bool OverFourWeeks)
{

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

    public static Task<Dictionary<int, List<(DateOnly Week, decimal Percent)>>> TrendsAsync(WaypointDbContext db, IReadOnlyCollection<int> staffIds, DateOnly today,
        CancellationToken cancellationToken) => WorkloadRecalculator.TrendsAsync(db, staffIds, today, cancellationToken);

    /// <summary>Over 110% now and in each of the three weeks before: an excessive workload (ministerial answer, March 2021).</summary>
    public static bool IsOverFourWeeks(IReadOnlyList<(DateOnly Week, decimal Percent)> trend, decimal now) =>
        ExcessiveWorkload.ForFourWeeks(trend.Select(t => t.Percent).ToList(), now);

    public static string ReductionText(Data.Entities.StaffReduction r) =>
        r.Percent is { } p ? $"{p:0.##}% of contracted hours" : $"{r.Hours:0.##} hours a week";

    public static string Describe(ReductionReason reason) => ReductionRules.Describe(reason);
}
