using Notify.Client;
using Notify.Exceptions;
using Waypoint.Data.Entities;
using Waypoint.Data.Outbox;
using Waypoint.Domain.Notifications;

namespace Waypoint.Web.Infrastructure.Notifications;

/// <summary>
/// Development and demo sender: writes each SMS and email to a text file named by its idempotency key and marks it
/// delivered. A file already written means the message already went, so an interrupted attempt is never repeated.
/// </summary>
public sealed class LocalFolderSender(NotificationSettings settings) : IMessageSender
{
    public string Name => "local folder";

    public bool Handles(NotificationChannel channel) => channel is NotificationChannel.Sms or NotificationChannel.Email;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Folder);
        var path = PathFor(message);
        var text = $"To: {message.Recipient}\nBy: {NotificationEvidence.ChannelWords(message.Channel)}\nSubject: {message.Subject}\n\n{message.Body}\n";
        await File.WriteAllTextAsync(path, text, cancellationToken);
        return new(NotificationStatus.Delivered, Path.GetFileName(path), "Written to the local outbox folder");
    }

    public Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathFor(message)) ? new SendOutcome(NotificationStatus.Delivered, Path.GetFileName(PathFor(message)), null) : null);

    private string PathFor(OutboxMessage message) => Path.Combine(settings.Folder, SafeName(message.IdempotencyKey) + ".txt");

    public static string SafeName(string key) => string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}

/// <summary>Letters are printed (as PDF) into the outbox folder's letters directory, for the office to post.</summary>
public sealed class LetterPrinter(NotificationSettings settings) : IMessageSender
{
    public string Name => "letter printer";

    public bool Handles(NotificationChannel channel) => channel == NotificationChannel.Letter;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.Folder, "letters");
        Directory.CreateDirectory(folder);
        var path = PathFor(message);
        var pdf = LetterPdf.Render(message.Recipient, message.Subject, message.Body, DateOnly.FromDateTime(Display.ToUk(message.CreatedAt)));
        await File.WriteAllBytesAsync(path, pdf, cancellationToken);
        return new(NotificationStatus.LetterPrinted, Path.GetFileName(path), "Letter printed for posting");
    }

    public Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathFor(message)) ? new SendOutcome(NotificationStatus.LetterPrinted, Path.GetFileName(PathFor(message)), null) : null);

    private string PathFor(OutboxMessage message) => Path.Combine(settings.Folder, "letters", LocalFolderSender.SafeName(message.IdempotencyKey) + ".pdf");
}

/// <summary>
/// Sends SMS and email through GOV.UK Notify, one template per channel with ((subject)) and ((body)) placeholders.
/// The idempotency key is Notify's reference, so after an interrupted attempt the message is looked up, not resent.
/// Delivery receipts arrive at the callback endpoint.
/// </summary>
public sealed class GovukNotifySender(NotificationSettings settings) : IMessageSender
{
    private readonly NotificationClient client = settings.NotifyBaseUrl is { Length: > 0 } baseUrl
        ? new NotificationClient(baseUrl, settings.NotifyApiKey!)
        : new NotificationClient(settings.NotifyApiKey!);

    public string Name => "GOV.UK Notify";

    public bool Handles(NotificationChannel channel) => channel is NotificationChannel.Sms or NotificationChannel.Email;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var personalisation = new Dictionary<string, dynamic> { ["subject"] = message.Subject, ["body"] = message.Body };
        try
        {
            var id = message.Channel == NotificationChannel.Sms
                ? (await client.SendSmsAsync(message.Recipient, settings.NotifySmsTemplateId!, personalisation, message.IdempotencyKey)).id
                : (await client.SendEmailAsync(message.Recipient, settings.NotifyEmailTemplateId!, personalisation, message.IdempotencyKey)).id;
            return new(NotificationStatus.Sent, id, "Accepted by GOV.UK Notify");
        }
        catch (NotifyClientException ex) when (IsPermanent(ex.Message))
        {
            return new(NotificationStatus.Failed, null, ex.Message, Permanent: true);
        }
    }

    public async Task<SendOutcome?> FindAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = message.Channel == NotificationChannel.Sms ? "sms" : "email";
        var list = await client.GetNotificationsAsync(templateType: type, reference: message.IdempotencyKey);
        var found = list.notifications?.FirstOrDefault(n => n.reference == message.IdempotencyKey);
        return found is null ? null : new SendOutcome(NotifyStatus(found.status) ?? NotificationStatus.Sent, found.id, $"GOV.UK Notify status: {found.status}");
    }

    /// <summary>Notify answers 400 for a bad number or address and 403 for a bad key: retrying will not help.</summary>
    private static bool IsPermanent(string message) => message.Contains("Status code 400", StringComparison.Ordinal) || message.Contains("Status code 403", StringComparison.Ordinal);

    /// <summary>Maps a Notify status (from a callback or a lookup) to the notification record's.</summary>
    public static NotificationStatus? NotifyStatus(string? status) => status switch
    {
        "delivered" => NotificationStatus.Delivered,
        "permanent-failure" or "temporary-failure" or "technical-failure" or "validation-failed" or "virus-scan-failed" => NotificationStatus.Failed,
        "created" or "sending" or "sent" or "pending" or "accepted" or "received" => NotificationStatus.Sent,
        _ => null,
    };
}
