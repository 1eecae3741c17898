using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Outbox;
using Waypoint.Domain.Notifications;
using Waypoint.TestData;
using Waypoint.Web.Infrastructure.Notifications;

namespace Waypoint.Web.Tests.Appointments;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Passes sends through, then "kills" the worker right after the Nth send succeeds, before it is recorded.</summary>
public sealed class CrashingSender(IMessageSender inner, int crashAfter, CancellationTokenSource kill) : IMessageSender
{
    private int sends;

    public string Name => inner.Name;

    public bool Handles(NotificationChannel channel) => inner.Handles(channel);

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var outcome = await inner.SendAsync(message, cancellationToken);
        if (++sends == crashAfter)
        {
            await kill.CancelAsync();
        }

        return outcome;
    }

    public Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken) => inner.FindAsync(message, cancellationToken);
}

[Collection(AppsCollection.Name)]
public class OutboxTests(AppsFixture apps)
{
    private static NotificationSettings NotifySettings(NotifyStub stub) => new(
        NotificationSettings.NotifySender, Path.GetTempPath(), "http://localhost", stub.BaseUrl, NotifyStub.ApiKey,
        NotifyStub.SmsTemplateId, NotifyStub.EmailTemplateId, null, TimeSpan.FromSeconds(1));

    private static async Task<List<Guid>> QueueAsync(WaypointApp app, int count, DateTime now)
    {
        var team = await app.Data.CreateTeamAsync();
        var (staff, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(staff);
        await using var db = app.Database.CreateContext();

        // The app (and its database) is shared by the tests in this collection: park what other tests left queued,
        // so this test's clock, years ahead, claims only its own messages.
        await db.OutboxMessages.Where(m => m.Status == NotificationStatus.Queued || m.Status == NotificationStatus.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, NotificationStatus.Withdrawn));
        var ids = new List<Guid>();
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            var message = new OutboxMessage
            {
                Id = Guid.CreateVersion7(), IdempotencyKey = $"test-{run}-{i}", PersonId = person.Id, Purpose = MessagePurpose.AppointmentReminder,
                Channel = i % 4 == 3 ? NotificationChannel.Email : NotificationChannel.Sms, Recipient = i % 4 == 3 ? "person@example.com" : "07700900982",
                Subject = $"Reminder {i}", Body = $"Body {i}", NotBefore = now.AddMinutes(-1), NextAttemptAt = now.AddMinutes(-1 - i / 100.0), StatusAt = now, CreatedAt = now,
            };
            db.OutboxMessages.Add(message);
            ids.Add(message.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_worker_stopped_mid_batch_hands_back_untried_work_and_sends_nothing_twice(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var stub = await NotifyStub.StartAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddYears(5));
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await QueueAsync(app, 12, now);
        var notify = new GovukNotifySender(NotifySettings(stub));
        var options = new OutboxOptions { BatchSize = 12 };

        using var kill = new CancellationTokenSource();
        var first = new OutboxDispatcher([new CrashingSender(notify, crashAfter: 5, kill)], clock, options);
        await using (var db = app.Database.CreateContext())
        {
            await Should.ThrowAsync<OperationCanceledException>(() => first.DispatchOnceAsync(db, "worker-1", kill.Token));
        }

        stub.Sends.Count().ShouldBe(5);
        await using (var db = app.Database.CreateContext())
        {
            var states = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Status).ToListAsync();
            states.Count(s => s == NotificationStatus.Sent).ShouldBe(4);
            states.Count(s => s == NotificationStatus.Sending).ShouldBe(1); // the fifth went but was never recorded: it keeps its lease
            states.Count(s => s == NotificationStatus.Queued).ShouldBe(7); // not yet tried: handed back as the worker stopped
        }

        // Another worker takes the seven handed back at once; the one in flight only after its lease, asking Notify first.
        var second = new OutboxDispatcher([notify], clock, options);
        await using (var db = app.Database.CreateContext())
        {
            (await second.DispatchOnceAsync(db, "worker-2", CancellationToken.None)).ShouldBe(7);
            (await second.DispatchOnceAsync(db, "worker-2", CancellationToken.None)).ShouldBe(0);
        }

        clock.Now += TimeSpan.FromMinutes(3);
        await using (var db = app.Database.CreateContext())
        {
            (await second.DispatchOnceAsync(db, "worker-2", CancellationToken.None)).ShouldBe(1);
        }

        await using (var db = app.Database.CreateContext())
        {
            var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync();
            messages.ShouldAllBe(m => m.Status == NotificationStatus.Sent && m.ProviderReference != null && m.LeaseOwner == null);
            var recovered = await db.OutboxAttempts.Where(a => ids.Contains(a.MessageId) && a.Detail!.Contains("not sent again")).CountAsync();
            recovered.ShouldBe(1);
        }

        // Exactly one send per message, each as Notify expects it.
        var sends = stub.Sends.ToList();
        sends.Count.ShouldBe(12);
        sends.Select(s => s.Body!["reference"]!.GetValue<string>()).Distinct().Count().ShouldBe(12);
        stub.Requests.Count(r => r.Method == "GET").ShouldBe(1);
        var sms = sends.First(s => s.Body!["reference"]!.GetValue<string>().EndsWith("-0", StringComparison.Ordinal));
        sms.Path.ShouldBe("/v2/notifications/sms");
        sms.Issuer.ShouldBe(NotifyStub.ServiceId);
        sms.Body!["phone_number"]!.GetValue<string>().ShouldBe("07700900982");
        sms.Body["template_id"]!.GetValue<string>().ShouldBe(NotifyStub.SmsTemplateId);
        sms.Body["personalisation"]!["subject"]!.GetValue<string>().ShouldBe("Reminder 0");
        sms.Body["personalisation"]!["body"]!.GetValue<string>().ShouldBe("Body 0");
        var email = sends.First(s => s.Path == "/v2/notifications/email");
        email.Body!["email_address"]!.GetValue<string>().ShouldBe("person@example.com");
        email.Body["template_id"]!.GetValue<string>().ShouldBe(NotifyStub.EmailTemplateId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_send_is_retried_after_a_back_off_and_every_attempt_is_recorded(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var stub = await NotifyStub.StartAsync();
        stub.FailNextSends = 1;
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddYears(6));
        var ids = await QueueAsync(app, 1, clock.GetUtcNow().UtcDateTime);
        var dispatcher = new OutboxDispatcher([new GovukNotifySender(NotifySettings(stub))], clock, new OutboxOptions());
        await using (var db = app.Database.CreateContext())
        {
            (await dispatcher.DispatchOnceAsync(db, "w", CancellationToken.None)).ShouldBe(1);
            (await dispatcher.DispatchOnceAsync(db, "w", CancellationToken.None)).ShouldBe(0); // backing off
        }

        clock.Now += TimeSpan.FromSeconds(31);
        await using (var db = app.Database.CreateContext())
        {
            (await dispatcher.DispatchOnceAsync(db, "w", CancellationToken.None)).ShouldBe(1);
        }

        await using (var db = app.Database.CreateContext())
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == ids[0]);
            message.Status.ShouldBe(NotificationStatus.Sent);
            message.Attempts.ShouldBe(2);
            var attempts = await db.OutboxAttempts.Where(a => a.MessageId == ids[0]).OrderBy(a => a.Id).ToListAsync();
            attempts.Select(a => a.Result).ShouldBe([NotificationStatus.Queued, NotificationStatus.Sent]);
            attempts[0].Detail!.ShouldContain("500");
        }
    }

    [Fact]
    public async Task The_local_sender_writes_messages_and_letters_and_marks_them_delivered_or_printed()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var settings = app.Factory.Services.GetRequiredService<NotificationSettings>();
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddYears(7));
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await QueueAsync(app, 2, now);
        await using (var db = app.Database.CreateContext())
        {
            var letter = new OutboxMessage
            {
                Id = Guid.CreateVersion7(), IdempotencyKey = $"letter-{Guid.NewGuid():N}", Purpose = MessagePurpose.WarningLetter, Channel = NotificationChannel.Letter,
                Recipient = "Sam Person\n1 Test Street\nTesttown\nTT1 1TT", Subject = "Warning", Body = string.Join("\n", Enumerable.Repeat("A long paragraph of plain English words that wraps across the page. ", 80)),
                NotBefore = now, NextAttemptAt = now, StatusAt = now, CreatedAt = now, AddressConfirmed = true,
            };
            db.OutboxMessages.Add(letter);
            await db.SaveChangesAsync();
            ids.Add(letter.Id);
        }

        var dispatcher = new OutboxDispatcher(app.Factory.Services.GetServices<IMessageSender>(), clock, new OutboxOptions());
        await using (var db = app.Database.CreateContext())
        {
            (await dispatcher.DispatchOnceAsync(db, "local", CancellationToken.None)).ShouldBe(3);
        }

        await using (var db = app.Database.CreateContext())
        {
            var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync();
            messages.Count(m => m.Status == NotificationStatus.Delivered).ShouldBe(2);
            var printed = messages.Single(m => m.Channel == NotificationChannel.Letter);
            printed.Status.ShouldBe(NotificationStatus.LetterPrinted);
            var pdf = await File.ReadAllBytesAsync(Path.Combine(settings.Folder, "letters", printed.ProviderReference!));
            System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
            pdf.Length.ShouldBeGreaterThan(2000);
            var text = await File.ReadAllTextAsync(Path.Combine(settings.Folder, messages.First(m => m.Channel == NotificationChannel.Sms).ProviderReference!));
            text.ShouldContain("To: 07700900982");
        }
    }
}
