using Microsoft.Extensions.Configuration;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;
using Waypoint.Domain.Workload;

namespace Waypoint.Data.Allocations;

/// <summary>
/// The allocation policy matrix from configuration: <c>Allocation:Policy:{Po|Pso|Pqip}</c> with <c>MaxRosh</c>
/// (Low, Medium, High, VeryHigh), <c>ProtectLevels</c> (e.g. "CD"), <c>OneLevelHigherWithCoWorker</c> and <c>NeverAbove</c>.
/// A grade not configured keeps the default rule of workload.md.
/// </summary>
public static class AllocationConfiguration
{
    public static AllocationPolicy Read(IConfiguration configuration)
    {
        var rules = new Dictionary<Grade, GradeRule>(AllocationPolicy.Default.Rules);
        foreach (var grade in new[] { Grade.Po, Grade.Pso, Grade.Pqip })
        {
            var section = configuration.GetSection($"Allocation:Policy:{grade}");
            if (!section.Exists())
            {
                continue;
            }

            var current = rules[grade];
            rules[grade] = new GradeRule(
                section["MaxRosh"] is { } max ? Enum.Parse<RoshLevel>(max, ignoreCase: true) : current.MaxRosh,
                section["ProtectLevels"] is { } levels ? string.Concat(levels.ToUpperInvariant().Where(c => c is >= 'A' and <= 'D').Distinct().Order()) : current.ProtectLevels,
                section["OneLevelHigherWithCoWorker"] is { } coWorker ? bool.Parse(coWorker) : current.OneLevelHigherWithCoWorker,
                section["NeverAbove"] is { } never ? Enum.Parse<RoshLevel>(never, ignoreCase: true) : current.NeverAbove);
        }

        return new AllocationPolicy(rules);
    }
}
