using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Notifications;

namespace Waypoint.Data.Outbox;

/// <summary>What a sender reports for one message.</summary>
public sealed record SendOutcome(NotificationStatus Status, string? ProviderReference, string? Detail, bool Permanent = false)
{
    public bool Succeeded => Status is NotificationStatus.Sent or NotificationStatus.Delivered or NotificationStatus.LetterPrinted;
}

/// <summary>Sends messages of some channels (GOV.UK Notify, the local folder, the letter printer).</summary>
public interface IMessageSender
{
    string Name { get; }

    bool Handles(NotificationChannel channel);

    /// <summary>Sends the message. Throws for a failure worth retrying; returns Failed with Permanent for one that is not.</summary>
    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// After an attempt whose result was never recorded (the worker stopped mid-send), asks the provider whether it
    /// already has the message, by its idempotency key, so it is not sent twice.
    /// </summary>
    Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public sealed record OutboxOptions
{
    public int BatchSize { get; init; } = 50;
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(2);
    public int MaxAttempts { get; init; } = 8;
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan LongestRetry { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Back-off before attempt <paramref name="attempts"/> + 1: 30 s, 1 min, 2 min, ... up to 2 hours.</summary>
    public TimeSpan RetryAfter(int attempts)
    {
        var seconds = FirstRetry.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, LongestRetry.TotalSeconds));
    }
}

/// <summary>
/// The outbox worker's one pass: claims due messages (on PostgreSQL with FOR UPDATE SKIP LOCKED, so several servers
/// never take the same message; on SQLite, whose single writer already serialises claims, with a guarded update), sends
/// each through its channel's sender and records the attempt at once. A claim is a lease: if the worker dies, another
/// takes the message after the lease and first asks the provider whether it already went, by its idempotency key.
/// </summary>
public sealed class OutboxDispatcher(IEnumerable<IMessageSender> senders, TimeProvider clock, OutboxOptions options)
{
    private readonly IReadOnlyList<IMessageSender> senders = senders.ToList();

    /// <summary>Claims and sends one batch; returns how many messages were claimed.</summary>
    public async Task<int> DispatchOnceAsync(WaypointDbContext db, string owner, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(db, owner, cancellationToken);
        var started = 0;
        try
        {
            foreach (var (message, interrupted) in claimed)
            {
                started++;
                await SendOneAsync(db, message, interrupted, owner, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down (a rolling restart): hand back the claims not yet tried so another server sends them now,
            // not after the lease. The one in flight keeps its lease: it may have reached the provider.
            var untried = claimed.Skip(started).Select(c => c.Message.Id).ToList();
            if (untried.Count > 0)
            {
                await db.OutboxMessages.Where(m => untried.Contains(m.Id) && m.LeaseOwner == owner && m.Status == NotificationStatus.Sending)
                    .ExecuteUpdateAsync(x => x.SetProperty(m => m.Status, NotificationStatus.Queued).SetProperty(m => m.LeaseUntil, (DateTime?)null).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
            }

            throw;
        }

        return claimed.Count;
    }

    private async Task<List<(OutboxMessage Message, bool Interrupted)>> ClaimAsync(WaypointDbContext db, string owner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + options.Lease;
        var queued = NotificationStatus.Queued.ToString();
        var sending = NotificationStatus.Sending.ToString();
        var result = new List<(OutboxMessage, bool)>();
        if (db.Database.IsNpgsql())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await db.OutboxMessages.FromSqlInterpolated($"""
                SELECT * FROM "OutboxMessages"
                WHERE "NextAttemptAt" <= {now} AND ("Status" = {queued} OR ("Status" = {sending} AND "LeaseUntil" < {now}))
                ORDER BY "NextAttemptAt" LIMIT {options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).AsTracking().ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result.Add((row, row.Status == NotificationStatus.Sending));
                row.Status = NotificationStatus.Sending;
                row.LeaseUntil = leaseUntil;
                row.LeaseOwner = owner;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }

        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.NextAttemptAt <= now && (m.Status == NotificationStatus.Queued || (m.Status == NotificationStatus.Sending && m.LeaseUntil < now)))
            .OrderBy(m => m.NextAttemptAt).Take(options.BatchSize)
            .Select(m => new { m.Id, m.Status, m.LeaseUntil })
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var taken = await db.OutboxMessages
                .Where(m => m.Id == candidate.Id && m.Status == candidate.Status && m.LeaseUntil == candidate.LeaseUntil)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, NotificationStatus.Sending).SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseOwner, owner), cancellationToken);
            if (taken == 1)
            {
                var message = await db.OutboxMessages.AsTracking().SingleAsync(m => m.Id == candidate.Id, cancellationToken);
                result.Add((message, candidate.Status == NotificationStatus.Sending));
            }
        }

        return result;
    }

    private async Task SendOneAsync(WaypointDbContext db, OutboxMessage message, bool interrupted, string owner, CancellationToken cancellationToken)
    {
        var sender = senders.FirstOrDefault(s => s.Handles(message.Channel));
        SendOutcome outcome;
        if (sender is null)
        {
            outcome = new(NotificationStatus.Failed, null, $"No sender is configured for {message.Channel}.", Permanent: true);
        }
        else
        {
            try
            {
                outcome = (interrupted ? await sender.FindAsync(message, cancellationToken) is { } found
                              ? found with { Detail = $"Found at the provider after an interrupted attempt; not sent again. {found.Detail}".Trim() }
                              : null : null)
                          ?? await sender.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcome = new(NotificationStatus.Failed, null, ex.Message);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        message.Attempts++;
        message.LeaseUntil = null;
        message.LeaseOwner = null;
        if (outcome.Succeeded)
        {
            message.Status = outcome.Status;
            message.StatusAt = now;
            message.ProviderReference = outcome.ProviderReference ?? message.ProviderReference;
            message.LastError = null;
        }
        else if (outcome.Permanent || message.Attempts >= options.MaxAttempts)
        {
            message.Status = NotificationStatus.Failed;
            message.StatusAt = now;
            message.LastError = Truncate(outcome.Detail);
        }
        else
        {
            message.Status = NotificationStatus.Queued;
            message.NextAttemptAt = now + options.RetryAfter(message.Attempts);
            message.LastError = Truncate(outcome.Detail);
        }

        db.OutboxAttempts.Add(new OutboxAttempt
        {
            MessageId = message.Id,
            At = now,
            Result = outcome.Succeeded || message.Status == NotificationStatus.Failed ? message.Status : NotificationStatus.Queued,
            Detail = Truncate(outcome.Detail ?? (outcome.Succeeded ? null : "Will retry")),
            Sender = sender?.Name,
            Worker = owner.Length > 200 ? owner[..200] : owner,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
