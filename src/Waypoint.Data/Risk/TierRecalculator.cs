using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Risk;

/// <summary>
/// Recalculates people's tiers at once when something that feeds the tier changes. A new tier history row (with the
/// inputs and every step's reason) is written whenever the result or its reasons change; the person's current tier
/// columns are updated without touching the person's edit version, so a recalculation never blocks a practitioner's save.
/// </summary>
public static class TierRecalculator
{
    public const int BatchSize = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Recalculates the given people's tiers; returns how many changed. A changed tier changes the practitioner's
    /// workload: it is recalculated at once, unless <paramref name="practitionersToRecalculate"/> is given, in which
    /// case they are collected there for the caller to recalculate once (a bulk run would otherwise recalculate a
    /// practitioner again for every batch holding one of their people).
    /// </summary>
    public static async Task<int> RecalculateAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, string trigger, DateTime now, CancellationToken cancellationToken,
        TierFrameworkPolicy? policy = null, ISet<int>? practitionersToRecalculate = null)
    {
        var changed = 0;
        foreach (var batch in personIds.Chunk(BatchSize))
        {
            changed += await RecalculateBatchAsync(db, batch, trigger, now, policy ?? TierFrameworkPolicy.Default, practitionersToRecalculate, cancellationToken);
        }

        return changed;
    }

    public static Task<int> RecalculateAsync(WaypointDbContext db, int personId, string trigger, DateTime now, CancellationToken cancellationToken,
        TierFrameworkPolicy? policy = null) =>
        RecalculateAsync(db, [personId], trigger, now, cancellationToken, policy);

    public static (string Inputs, string Steps) Serialise(CaseTierResult result) => (
        JsonSerializer.Serialize(new { current = result.Input, protectChange = result.ProtectChangeInput }, Json),
        JsonSerializer.Serialize(new { current = result.Current.Steps, protectChange = result.ProtectChange.Steps }, Json));

    private static async Task<int> RecalculateBatchAsync(WaypointDbContext db, int[] personIds, string trigger, DateTime now, TierFrameworkPolicy policy,
        ISet<int>? practitionersToRecalculate, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var facts = await CaseRiskReader.ReadAsync(db, personIds, today, cancellationToken);
        var latest = await db.TierCalculations.AsNoTracking()
            .Where(t => personIds.Contains(t.PersonId))
            .GroupBy(t => t.PersonId)
            .Select(g => g.OrderByDescending(t => t.CalculatedAt).ThenByDescending(t => t.Id).Select(t => new { t.PersonId, t.Tier, t.Provisional, t.ProtectChangeTier, t.StepsJson }).First())
            .ToDictionaryAsync(t => t.PersonId, cancellationToken);
        var shown = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CurrentTier, p.TierProvisional, p.ProtectChangeTier, p.ResponsibleStaffMemberId })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var updates = new List<(int PersonId, string Tier, bool Provisional, string ProtectChange)>();
        var added = new List<TierCalculation>();
        foreach (var (personId, fact) in facts)
        {
            var result = CaseTiering.Calculate(fact);
            var tier = result.Current.Tier ?? TierResult.Missing;
            var provisional = result.Current.Provisional ?? false;
            var (inputs, steps) = Serialise(result);
            var (inForce, inForceProvisional) = policy.TierOf(result, today);
            if (shown.TryGetValue(personId, out var person)
                && (person.CurrentTier != inForce || person.TierProvisional != inForceProvisional || person.ProtectChangeTier != result.ProtectChange.Tier))
            {
                updates.Add((personId, inForce, inForceProvisional, result.ProtectChange.Tier));
            }

            if (latest.TryGetValue(personId, out var previous) && previous.Tier == tier && previous.Provisional == provisional
                && previous.ProtectChangeTier == result.ProtectChange.Tier && previous.StepsJson == steps)
            {
                continue;
            }

            var calculation = new TierCalculation
            {
                PersonId = personId,
                CalculatedAt = now,
                Tier = tier,
                Provisional = provisional,
                ProtectChangeTier = result.ProtectChange.Tier,
                Trigger = trigger.Length > 200 ? trigger[..200] : trigger,
                InputsJson = inputs,
                StepsJson = steps,
            };
            db.TierCalculations.Add(calculation);
            added.Add(calculation);
        }

        await db.SaveChangesAsync(cancellationToken);
        // One UPDATE per distinct result rather than per person: a batch of thousands has a few dozen distinct tiers.
        foreach (var group in updates.GroupBy(u => (u.Tier, u.Provisional, u.ProtectChange,
                     Changed: shown[u.PersonId].CurrentTier != u.Tier || shown[u.PersonId].TierProvisional != u.Provisional)))
        {
            var ids = group.Select(u => u.PersonId).ToList();
            var (tier, provisional, protectChange, tierChanged) = group.Key;
            await db.People.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.CurrentTier, tier)
                .SetProperty(p => p.TierProvisional, provisional)
                .SetProperty(p => p.ProtectChangeTier, protectChange)
                .SetProperty(p => p.TierChangedAt, p => tierChanged ? now : p.TierChangedAt), cancellationToken);
        }

        // A tier feeds the practitioner's workload: recalculate theirs at once.
        var practitioners = updates.Select(u => shown[u.PersonId].ResponsibleStaffMemberId).OfType<int>().Distinct().ToList();
        if (practitionersToRecalculate is not null)
        {
            practitionersToRecalculate.UnionWith(practitioners);
        }
        else if (practitioners.Count > 0)
        {
            await WorkloadRecalculator.RecalculateAsync(db, practitioners, today, cancellationToken);
        }

        foreach (var calculation in added)
        {
            db.Entry(calculation).State = EntityState.Detached;
        }

        return updates.Count;
    }
}
