using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Outbox;
using Waypoint.Domain.Notifications;

namespace Waypoint.Benchmarks;

/// <summary>
/// Outbox worker throughput on a real database: queues N messages, then drains them with one worker and a sender that
/// accepts instantly, so the figure is the outbox's own cost (claim, record the attempt, commit) per message.
/// Usage: dotnet run -c Release --project benchmarks/Waypoint.Benchmarks -- outbox sqlite|postgres "connection string" [messages]
/// </summary>
public static class OutboxThroughput
{
    private sealed class InstantSender : IMessageSender
    {
        public string Name => "instant";

        public bool Handles(NotificationChannel channel) => true;

        public Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(new SendOutcome(NotificationStatus.Delivered, message.IdempotencyKey, null));

        public Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.FromResult<SendOutcome?>(null);
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var provider = DatabaseSetup.ParseProvider(args[1]);
        var connection = args[2];
        var count = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5000;
        var options = DatabaseSetup.CreateOptions(provider, connection);
        await using (var db = new WaypointDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.OutboxMessages.Where(m => m.Status == NotificationStatus.Queued || m.Status == NotificationStatus.Sending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, NotificationStatus.Withdrawn));
            var now = DateTime.UtcNow;
            var run = Guid.NewGuid().ToString("N")[..8];
            for (var i = 0; i < count; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(), IdempotencyKey = $"bench-{run}-{i}", Purpose = MessagePurpose.AppointmentReminder, Channel = NotificationChannel.Sms,
                    Recipient = "07700900000", Subject = "Reminder", Body = "Reminder of your appointment.", NotBefore = now, NextAttemptAt = now, StatusAt = now, CreatedAt = now,
                });
            }

            await db.SaveChangesAsync();
        }

        var dispatcher = new OutboxDispatcher([new InstantSender()], TimeProvider.System, new OutboxOptions { BatchSize = 100 });
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (true)
        {
            await using var db = new WaypointDbContext(options);
            var claimed = await dispatcher.DispatchOnceAsync(db, "bench", CancellationToken.None);
            if (claimed == 0)
            {
                break;
            }

            sent += claimed;
        }

        clock.Stop();
        Console.WriteLine($"{provider}: {sent} messages in {clock.Elapsed.TotalSeconds:F2} s = {sent / clock.Elapsed.TotalSeconds:F0} messages/s (one worker, batch of 100)");
        return 0;
    }
}
