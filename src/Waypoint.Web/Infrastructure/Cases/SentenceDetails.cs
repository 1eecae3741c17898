using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;

namespace Waypoint.Web.Infrastructure.Cases;

/// <summary>
/// Fills in the offences, requirements and licence conditions of sentences read without tracking: one plain query for
/// each, matched up in memory. EF's split query does the same reads, but its shaper compiled a delegate on every
/// execution, which showed in the national load run's profile of the case pages. The reads are compiled queries.
/// </summary>
public static class SentenceDetails
{
    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<Offence>>> OffencesOf = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, List<int>, Offence>((db, eventIds) =>
            db.Offences.AsNoTracking().Where(o => eventIds.Contains(o.EventId)).OrderBy(o => o.Id)));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<Requirement>>> RequirementsOf = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, List<int>, Requirement>((db, sentenceIds) =>
            db.Requirements.AsNoTracking().Where(r => sentenceIds.Contains(r.SentenceId)).OrderBy(r => r.Id)));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<LicenceCondition>>> ConditionsOf = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, List<int>, LicenceCondition>((db, sentenceIds) =>
            db.LicenceConditions.AsNoTracking().Where(c => sentenceIds.Contains(c.SentenceId)).OrderBy(c => c.Id)));

    public static async Task LoadAsync(WaypointDbContext db, IReadOnlyCollection<ConvictionEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var eventIds = events.Select(e => e.Id).ToList();
        var offences = (await OffencesOf.For(db)(db, eventIds).ToListAsync(cancellationToken)).ToLookup(o => o.EventId);
        var sentenceIds = events.Where(e => e.Sentence is not null).Select(e => e.Sentence!.Id).ToList();
        var requirements = sentenceIds.Count == 0 ? null : (await RequirementsOf.For(db)(db, sentenceIds).ToListAsync(cancellationToken)).ToLookup(r => r.SentenceId);
        var conditions = sentenceIds.Count == 0 ? null : (await ConditionsOf.For(db)(db, sentenceIds).ToListAsync(cancellationToken)).ToLookup(c => c.SentenceId);
        foreach (var e in events)
        {
            e.Offences = offences[e.Id].ToList();
            if (e.Sentence is { } s)
            {
                s.Event = e;
                s.Requirements = requirements![s.Id].ToList();
                s.LicenceConditions = conditions![s.Id].ToList();
            }
        }
    }
}
