using Waypoint.Domain.Appointments;

namespace Waypoint.Domain.Notifications;

public enum NotificationChannel
{
    Sms = 1,
    Email,
    Letter,
    /// <summary>Told face to face (or on the phone) by a member of staff, who recorded it.</summary>
    InPerson,
}

public enum NotificationStatus
{
    /// <summary>Committed with the change that caused it; waiting for the sender.</summary>
    Queued = 1,
    /// <summary>Claimed by a sender; the outcome is not yet recorded.</summary>
    Sending,
    /// <summary>Accepted by the provider (GOV.UK Notify); no delivery receipt yet.</summary>
    Sent,
    Delivered,
    Failed,
    LetterPrinted,
    /// <summary>Not sent because the appointment changed first (a reminder for a cancelled appointment).</summary>
    Withdrawn,
}

public enum MessagePurpose
{
    AppointmentBooked = 1,
    AppointmentRearranged,
    AppointmentCancelled,
    AppointmentReminder,
    ExplainAbsence,
    WarningLetter,
    AllocationNotice,
}

/// <summary>One attempt to tell the person about an appointment, as the evidence rule sees it.</summary>
public sealed record NotificationFact(
    NotificationChannel Channel,
    NotificationStatus Status,
    DateTime At,
    MessagePurpose Purpose,
    bool AddressConfirmed = false);

public sealed record NotificationEvidenceResult(bool Evidenced, string Explanation, NotificationFact? Evidence);

/// <summary>
/// An absence may be judged unacceptable only when the person was demonstrably told about the appointment before it
/// started: a delivered SMS or email, a letter issued to an address the practitioner confirmed, or being told in person
/// (recorded). A message that was only queued or sent, that failed, or a letter to an unconfirmed address is not
/// evidence; nor is a cancellation notice.
/// </summary>
public static class NotificationEvidence
{
    public static NotificationEvidenceResult Check(DateTime appointmentStart, IEnumerable<NotificationFact> facts)
    {
        var relevant = facts
            .Where(f => f.Purpose is MessagePurpose.AppointmentBooked or MessagePurpose.AppointmentRearranged or MessagePurpose.AppointmentReminder)
            .OrderBy(f => f.At)
            .ToList();

        var evidence = relevant.FirstOrDefault(f => f.At < appointmentStart && IsEvidence(f));
        if (evidence is not null)
        {
            return new(true, Describe(evidence), evidence);
        }

        if (relevant.Count == 0)
        {
            return new(false, "The person was never told about this appointment: no message was sent and no conversation was recorded.", null);
        }

        var reasons = relevant.Select(f => f.At >= appointmentStart
                ? $"{Describe(f)}, after the appointment had started"
                : f.Channel == NotificationChannel.Letter && f.Status == NotificationStatus.LetterPrinted
                    ? $"{Describe(f)}, but the address was not confirmed"
                    : Describe(f))
            .ToList();
        return new(false, $"There is no evidence the person was told: {string.Join("; ", reasons)}.", null);
    }

    private static bool IsEvidence(NotificationFact fact) => fact.Channel switch
    {
        NotificationChannel.Sms or NotificationChannel.Email => fact.Status == NotificationStatus.Delivered,
        NotificationChannel.Letter => fact.Status == NotificationStatus.LetterPrinted && fact.AddressConfirmed,
        NotificationChannel.InPerson => true,
        _ => false,
    };

    /// <summary>"told by SMS on 3 March 10:02 (delivered)".</summary>
    public static string Describe(NotificationFact fact) => fact.Channel switch
    {
        NotificationChannel.InPerson => $"told in person on {Words.Stamp(fact.At)} (recorded)",
        NotificationChannel.Letter => fact.Status == NotificationStatus.LetterPrinted
            ? $"letter issued on {Words.Stamp(fact.At)}"
            : $"letter {StatusWords(fact.Status)} on {Words.Stamp(fact.At)}",
        _ => fact.Status switch
        {
            NotificationStatus.Queued or NotificationStatus.Sending => $"waiting to tell by {ChannelWords(fact.Channel)} (queued {Words.Stamp(fact.At)})",
            NotificationStatus.Failed => $"{ChannelWords(fact.Channel)} on {Words.Stamp(fact.At)} failed",
            NotificationStatus.Withdrawn => $"{ChannelWords(fact.Channel)} withdrawn on {Words.Stamp(fact.At)}",
            _ => $"told by {ChannelWords(fact.Channel)} on {Words.Stamp(fact.At)} ({StatusWords(fact.Status)})",
        },
    };

    public static string ChannelWords(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Sms => "SMS",
        NotificationChannel.Email => "email",
        NotificationChannel.Letter => "letter",
        _ => "in person",
    };

    public static string StatusWords(NotificationStatus status) => status switch
    {
        NotificationStatus.Queued => "queued",
        NotificationStatus.Sending => "sending",
        NotificationStatus.Sent => "sent, not yet delivered",
        NotificationStatus.Delivered => "delivered",
        NotificationStatus.Failed => "failed",
        NotificationStatus.LetterPrinted => "printed",
        _ => "withdrawn",
    };
}

/// <summary>What an appointment message says, in plain English.</summary>
public sealed record AppointmentMessageFacts(
    string FirstName,
    AppointmentType Type,
    DateTime Start,
    DateTime End,
    string Place,
    string WithWhom,
    string? WhatToBring,
    string RearrangeBy);

public sealed record ComposedMessage(string Subject, string Body);

/// <summary>Composes the words of every appointment message. The same text goes by SMS, email or letter.</summary>
public static class AppointmentMessages
{
    public static string TypeWords(AppointmentType type) => type switch
    {
        AppointmentType.Induction => "first appointment (induction)",
        AppointmentType.Supervision => "supervision appointment",
        AppointmentType.HomeVisit => "home visit",
        AppointmentType.UnpaidWorkSession => "unpaid work session",
        AppointmentType.AccreditedProgrammeSession => "programme session",
        AppointmentType.Treatment => "treatment appointment",
        _ => "three-way meeting",
    };

    public static ComposedMessage Compose(MessagePurpose purpose, AppointmentMessageFacts facts, DateTime? previousStart = null, DateOnly? respondBy = null)
    {
        var what = TypeWords(facts.Type);
        var when = $"{Words.When(facts.Start)} until {BookingChecks.Clock(facts.End)}";
        var details = $"Where: {facts.Place}\nWith: {facts.WithWhom}"
            + (string.IsNullOrWhiteSpace(facts.WhatToBring) ? "" : $"\nPlease bring: {facts.WhatToBring}");
        var rearrange = $"If you cannot come, tell us before the appointment: {facts.RearrangeBy}";
        return purpose switch
        {
            MessagePurpose.AppointmentBooked => new(
                $"Probation appointment on {Words.LongDate(DateOnly.FromDateTime(facts.Start))}",
                $"Hello {facts.FirstName},\n\nYou have a {what} on {when}.\n{details}\n\nYou must attend. {rearrange}"),
            MessagePurpose.AppointmentRearranged => new(
                $"Your probation appointment has moved to {Words.LongDate(DateOnly.FromDateTime(facts.Start))}",
                $"Hello {facts.FirstName},\n\nYour {what}{(previousStart is { } p ? $" on {Words.When(p)}" : "")} has moved. It is now on {when}.\n{details}\n\nYou must attend. {rearrange}"),
            MessagePurpose.AppointmentCancelled => new(
                "Your probation appointment is cancelled",
                $"Hello {facts.FirstName},\n\nYour {what} on {Words.When(facts.Start)} is cancelled. You do not need to come. We will tell you about your next appointment."),
            MessagePurpose.AppointmentReminder => new(
                $"Reminder: probation appointment on {Words.LongDate(DateOnly.FromDateTime(facts.Start))}",
                $"Hello {facts.FirstName},\n\nThis is a reminder of your {what} on {when}.\n{details}\n\n{rearrange}"),
            MessagePurpose.ExplainAbsence => new(
                "You missed your probation appointment",
                $"Hello {facts.FirstName},\n\nYou did not come to your {what} on {Words.When(facts.Start)}. Please tell us why, and send any evidence (for example a sick note), {(respondBy is { } by ? $"by {Words.LongDate(by)}" : "as soon as you can")}. {facts.RearrangeBy}"),
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not an appointment message."),
        };
    }
}
