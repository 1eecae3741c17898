using System.Text.Json;
using Waypoint.Domain.Organisation;

namespace Waypoint.Domain.Workload;

/// <summary>A weight set as stored (one JSON document per version): tiers by case type, shares, reports and capacities.</summary>
public static class WeightSetJson
{
    private sealed record Stored(
        Dictionary<string, Dictionary<string, int>> CaseWeights,
        Dictionary<string, Dictionary<string, int>> T2aWeights,
        Dictionary<string, int> InactiveSharePercent,
        Dictionary<string, int> ReportWeights,
        Dictionary<string, StoredCapacity> Capacity,
        int ReportDays);

    private sealed record StoredCapacity(int NominalTarget, decimal DefaultHours);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(WeightSet set) => JsonSerializer.Serialize(new Stored(
        Table(set.CaseWeights), Table(set.T2aWeights),
        set.InactiveSharePercent.ToDictionary(s => s.Key.ToString(), s => s.Value),
        set.ReportWeights.ToDictionary(r => r.Key.ToString(), r => r.Value),
        set.Capacity.ToDictionary(c => c.Key.ToString(), c => new StoredCapacity(c.Value.NominalTarget, c.Value.DefaultHours)),
        set.ReportDays), Options);

    public static WeightSet Deserialize(DateOnly effectiveFrom, string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new FormatException("Empty weight set.");
        return new WeightSet(effectiveFrom, Untable(stored.CaseWeights), Untable(stored.T2aWeights),
            stored.InactiveSharePercent.ToDictionary(s => Enum.Parse<InactiveReason>(s.Key), s => s.Value),
            stored.ReportWeights.ToDictionary(r => Enum.Parse<ReportType>(r.Key), r => r.Value),
            stored.Capacity.ToDictionary(c => Enum.Parse<Grade>(c.Key), c => new GradeCapacity(c.Value.NominalTarget, c.Value.DefaultHours)),
            stored.ReportDays);
    }

    private static Dictionary<string, Dictionary<string, int>> Table(IReadOnlyDictionary<(string Tier, WorkloadCaseType Type), int> weights) =>
        weights.GroupBy(w => w.Key.Tier).ToDictionary(g => g.Key, g => g.ToDictionary(w => w.Key.Type.ToString(), w => w.Value));

    private static Dictionary<(string, WorkloadCaseType), int> Untable(Dictionary<string, Dictionary<string, int>> table) =>
        table.SelectMany(t => t.Value.Select(v => ((t.Key, Enum.Parse<WorkloadCaseType>(v.Key)), v.Value))).ToDictionary(x => x.Item1, x => x.Value);
}
