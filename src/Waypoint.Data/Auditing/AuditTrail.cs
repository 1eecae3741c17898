using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Audit;

namespace Waypoint.Data.Auditing;

/// <summary>Seals new audit entries into the hash chain and verifies the chain.</summary>
public static class AuditTrail
{
    /// <summary>Everything an entry says, in a fixed text form the hash covers.</summary>
    public static string CanonicalContent(AuditEntry e) => string.Join('\u001f',
        e.Id.ToString("N"),
        e.RecordedAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        e.Actor,
        e.ActorStaffMemberId?.ToString(CultureInfo.InvariantCulture) ?? "",
        e.Action.ToString(),
        e.PersonId?.ToString(CultureInfo.InvariantCulture) ?? "",
        e.Crn ?? "",
        e.EntityType,
        e.EntityKey ?? "",
        e.Details ?? "");

    /// <summary>
    /// Adds up to <paramref name="batchSize"/> unsealed entries to the end of the chain, in the order they were
    /// recorded. Writers never wait for this: they insert unsealed entries and the single sealer chains them later.
    /// On PostgreSQL an advisory lock keeps a second sealer (another web server) from forking the chain (the table is
    /// partitioned by month there, so the chain index cannot carry a unique index; on SQLite one does), and verifying
    /// the chain reports any index or hash that does not follow on. Returns how many entries were sealed.
    /// </summary>
    public static async Task<int> SealPendingAsync(WaypointDbContext db, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var locked = await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock(5150001) AS \"Value\"").SingleAsync(cancellationToken);
            if (!locked)
            {
                return 0;
            }
        }

        var pending = await db.AuditEntries.Where(a => a.ChainIndex == null)
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var last = await db.AuditEntries.Where(a => a.ChainIndex != null).OrderByDescending(a => a.ChainIndex)
            .Select(a => new { a.ChainIndex, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var index = last?.ChainIndex ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        foreach (var entry in pending)
        {
            index++;
            entry.ChainIndex = index;
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.ComputeHash(previous, index, CanonicalContent(entry));
            previous = entry.Hash;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    public static async Task<int> SealAllAsync(WaypointDbContext db, CancellationToken cancellationToken = default)
    {
        var total = 0;
        int sealedNow;
        while ((sealedNow = await SealPendingAsync(db, 1000, cancellationToken)) > 0)
        {
            total += sealedNow;
            db.ChangeTracker.Clear();
        }

        return total;
    }

    public sealed record VerifyResult(long SealedEntries, long UnsealedEntries, ChainBreak? Break)
    {
        public bool IsIntact => Break is null;
    }

    /// <summary>Recomputes every sealed entry's hash in chain order, streaming so the whole trail never sits in memory.</summary>
    public static async Task<VerifyResult> VerifyAsync(WaypointDbContext db, CancellationToken cancellationToken = default)
    {
        var unsealed = await db.AuditEntries.LongCountAsync(a => a.ChainIndex == null, cancellationToken);
        long count = 0;
        var verifier = new ChainVerifier();
        var stream = db.AuditEntries.AsNoTracking().Where(a => a.ChainIndex != null).OrderBy(a => a.ChainIndex).AsAsyncEnumerable();
        await foreach (var entry in stream.WithCancellation(cancellationToken))
        {
            count++;
            if (verifier.Check(new SealedEntry(entry.ChainIndex!.Value, entry.PreviousHash ?? "", entry.Hash ?? "", CanonicalContent(entry))) is { } chainBreak)
            {
                return new VerifyResult(count, unsealed, chainBreak);
            }
        }

        return new VerifyResult(count, unsealed, null);
    }
}
