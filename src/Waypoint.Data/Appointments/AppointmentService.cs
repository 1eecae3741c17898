using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.People;

namespace Waypoint.Data.Appointments;

/// <summary>When reminders go: by default 2 days before at 10am, and on the morning of the appointment at 8am.</summary>
public sealed record ReminderPolicy(int DaysBefore = 2, TimeOnly DaysBeforeAt = default, TimeOnly MorningOfAt = default)
{
    public static ReminderPolicy Default { get; } = new(2, new TimeOnly(10, 0), new TimeOnly(8, 0));
}

/// <summary>A booking or a move, in UK local time, as the practitioner entered it.</summary>
public sealed record AppointmentRequest(
    AppointmentType Type,
    DateTime LocalStart,
    DateTime LocalEnd,
    AppointmentLocationKind LocationKind,
    int? OfficeLocationId,
    int StaffMemberId,
    int? RequirementId,
    int? LicenceConditionId,
    string? WhatToBring,
    string? Notes,
    string? WarningsOverrideReason);

/// <summary>The way a person will be told, or why they cannot be told in writing.</summary>
public sealed record NotificationRoute(NotificationChannel Channel, string Recipient)
{
    public string Describe() => Channel switch
    {
        NotificationChannel.Sms => $"SMS to {Recipient}",
        NotificationChannel.Email => $"email to {Recipient}",
        _ => $"letter to {Recipient.Replace("\n", ", ")}",
    };
}

public sealed record OutcomeRequest(
    AppointmentOutcome Outcome,
    AbsenceJudgement? Judgement,
    AbsenceReason? Reason,
    string? Notes);

public sealed class AppointmentException(string message) : Exception(message);

/// <summary>
/// Books, moves and cancels appointments and records their outcomes. Every change and the messages it causes are
/// committed in one transaction (the transactional outbox): the person is told through their preferred channel, with
/// reminders queued for later, and nothing is lost or doubled if the server stops.
/// </summary>
public sealed class AppointmentService(WaypointDbContext db, TimeProvider clock, string publicBaseUrl, ReminderPolicy? reminders = null, EnforcementPolicy? policy = null)
{
    private readonly ReminderPolicy reminders = reminders ?? ReminderPolicy.Default;
    private readonly EnforcementPolicy policy = policy ?? EnforcementPolicy.Default;

    public static NotificationRoute? RouteFor(Person person, Address? currentAddress)
    {
        NotificationRoute? sms = string.IsNullOrWhiteSpace(person.Phone) ? null : new(NotificationChannel.Sms, person.Phone.Trim());
        NotificationRoute? email = string.IsNullOrWhiteSpace(person.Email) ? null : new(NotificationChannel.Email, person.Email.Trim());
        NotificationRoute? letter = currentAddress is { Line1: { Length: > 0 } } a
            ? new(NotificationChannel.Letter, string.Join("\n", new[] { person.FullName, a.Line1, a.Line2, a.Town, a.Postcode }.Where(l => !string.IsNullOrWhiteSpace(l))))
            : null;
        return person.PreferredContactMethod switch
        {
            PreferredContactMethod.Email => email ?? sms ?? letter,
            PreferredContactMethod.Letter => letter ?? sms ?? email,
            _ => sms ?? email ?? letter,
        };
    }

    public Task<Address?> CurrentAddressAsync(int personId, CancellationToken cancellationToken) => RecordLookups.CurrentAddressAsync(db, personId, cancellationToken);

    public Task<IReadOnlySet<DateOnly>> ServiceHolidaysAsync(CancellationToken cancellationToken) => RecordLookups.ServiceHolidaysAsync(db, cancellationToken);

    /// <summary>The warnings to show before booking (or moving) an appointment; <paramref name="ignoreId"/> is the one being moved.</summary>
    public async Task<IReadOnlyList<BookingWarning>> CheckAsync(int personId, AppointmentRequest request, BookingRules rules, int? ignoreId, CancellationToken cancellationToken)
    {
        var fromUtc = UkClock.ToUtc(request.LocalStart).AddDays(-1);
        var toUtc = UkClock.ToUtc(request.LocalEnd).AddDays(1);
        var nearby = await db.Appointments.AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && a.Start < toUtc && a.End > fromUtc && a.Id != ignoreId
                        && (a.PersonId == personId || a.StaffMemberId == request.StaffMemberId))
            .Select(a => new { a.PersonId, a.StaffMemberId, a.Start, a.End, a.Type })
            .ToListAsync(cancellationToken);
        var commitments = await db.PersonCommitments.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new WeeklyCommitment(c.Kind, c.Day, c.From, c.To, c.Description)).ToListAsync(cancellationToken);
        BookedSlot Slot(AppointmentType type, DateTime start, DateTime end) => new(UkClock.ToUk(start), UkClock.ToUk(end), "a " + AppointmentMessages.TypeWords(type));
        return BookingChecks.Check(request.LocalStart, request.LocalEnd, rules,
            nearby.Where(a => a.PersonId == personId).Select(a => Slot(a.Type, a.Start, a.End)),
            nearby.Where(a => a.PersonId != personId && a.StaffMemberId == request.StaffMemberId).Select(a => Slot(a.Type, a.Start, a.End)),
            commitments);
    }

    public async Task<Appointment> BookAsync(int personId, AppointmentRequest request, string actor, bool letterAddressConfirmed, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var appointment = NewAppointment(personId, request, actor);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        await QueueMessagesAsync(appointment, MessagePurpose.AppointmentBooked, null, letterAddressConfirmed, cancellationToken);
        await RefreshNextAppointmentAsync(personId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return appointment;
    }

    /// <summary>Moves an appointment: the old one is kept, marked rearranged, and points to the new one.</summary>
    public async Task<Appointment> RearrangeAsync(Appointment existing, AppointmentRequest request, string reason, string actor, bool letterAddressConfirmed, CancellationToken cancellationToken)
    {
        if (existing.Status != AppointmentStatus.Booked || existing.Outcome is not null)
        {
            throw new AppointmentException("Only a booked appointment without an outcome can be moved.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = NewAppointment(existing.PersonId, request, actor);
        moved.RearrangedFromId = existing.Id;
        db.Appointments.Add(moved);
        await db.SaveChangesAsync(cancellationToken);
        existing.Status = AppointmentStatus.Rearranged;
        existing.RearrangedToId = moved.Id;
        existing.ChangeReason = reason;
        await WithdrawQueuedAsync(existing.Id, cancellationToken);
        await QueueMessagesAsync(moved, MessagePurpose.AppointmentRearranged, existing.Start, letterAddressConfirmed, cancellationToken);
        await RefreshNextAppointmentAsync(existing.PersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return moved;
    }

    public async Task CancelAsync(Appointment existing, string reason, bool tellPerson, bool letterAddressConfirmed, CancellationToken cancellationToken)
    {
        if (existing.Status != AppointmentStatus.Booked || existing.Outcome is not null)
        {
            throw new AppointmentException("Only a booked appointment without an outcome can be cancelled.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        existing.Status = AppointmentStatus.Cancelled;
        existing.ChangeReason = reason;
        await WithdrawQueuedAsync(existing.Id, cancellationToken);
        if (tellPerson && existing.Start > Now)
        {
            await QueueMessagesAsync(existing, MessagePurpose.AppointmentCancelled, null, letterAddressConfirmed, cancellationToken);
        }

        await RefreshNextAppointmentAsync(existing.PersonId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Records that the person was told about the appointment face to face or by phone.</summary>
    public async Task RecordToldInPersonAsync(Appointment appointment, DateTime toldAtUtc, string actor, CancellationToken cancellationToken)
    {
        var now = Now;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"appointment-{appointment.Id}-told-in-person-{now.Ticks}",
            PersonId = appointment.PersonId,
            AppointmentId = appointment.Id,
            Purpose = MessagePurpose.AppointmentBooked,
            Channel = NotificationChannel.InPerson,
            Recipient = actor,
            Subject = "Told in person",
            Body = $"Told about the appointment in person by {actor}.",
            NotBefore = toldAtUtc,
            NextAttemptAt = toldAtUtc,
            Status = NotificationStatus.Delivered,
            StatusAt = toldAtUtc,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The evidence, from the notification record, that the person was told about this appointment.</summary>
    public async Task<NotificationEvidenceResult> EvidenceAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var facts = await NotificationFactsAsync([appointment.Id], cancellationToken);
        return NotificationEvidence.Check(appointment.Start, facts.GetValueOrDefault(appointment.Id) ?? []);
    }

    public async Task<Dictionary<int, List<NotificationFact>>> NotificationFactsAsync(IReadOnlyCollection<int> appointmentIds, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.AppointmentId != null && appointmentIds.Contains(m.AppointmentId.Value))
            .Select(m => new { AppointmentId = m.AppointmentId!.Value, m.Channel, m.Status, m.StatusAt, m.Purpose, m.AddressConfirmed })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.AppointmentId).ToDictionary(g => g.Key,
            g => g.Select(r => new NotificationFact(r.Channel, r.Status, r.StatusAt, r.Purpose, r.AddressConfirmed)).ToList());
    }

    /// <summary>
    /// Records the outcome. An absence judged unacceptable needs evidence the person was told; a did-not-attend with no
    /// explanation yet opens the evidence window and asks the person to explain.
    /// </summary>
    public async Task<string?> RecordOutcomeAsync(Appointment appointment, OutcomeRequest request, string actor, int? authorStaffMemberId, CancellationToken cancellationToken)
    {
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return "This appointment was moved or cancelled, so it has no outcome.";
        }

        if (appointment.Start > Now)
        {
            return "An outcome can be recorded only once the appointment has started.";
        }

        if (request.Outcome == AppointmentOutcome.DidNotAttend)
        {
            var judgement = request.Judgement ?? AbsenceJudgement.AwaitingExplanation;
            var reason = judgement == AbsenceJudgement.AwaitingExplanation ? AbsenceReason.NoExplanation : request.Reason;
            if (reason is null)
            {
                return "Select the reason for the absence.";
            }

            if (!AbsenceRules.IsReasonAllowed(judgement, reason.Value))
            {
                return judgement == AbsenceJudgement.Unacceptable
                    ? "Sickness with evidence cannot be judged unacceptable."
                    : "An acceptable absence needs the person's explanation.";
            }

            if (judgement == AbsenceJudgement.AwaitingExplanation && appointment.AbsenceJudgement == AbsenceJudgement.AwaitingExplanation)
            {
                return $"The person is already being asked to explain, until {Words.Date(appointment.EvidenceDueOn)}. Judge the absence as acceptable or unacceptable.";
            }

            if (judgement == AbsenceJudgement.Unacceptable && await EvidenceAsync(appointment, cancellationToken) is { Evidenced: false } evidence)
            {
                return $"This absence cannot be judged unacceptable. {evidence.Explanation} Record it as acceptable, or wait for an explanation.";
            }

            appointment.AbsenceJudgement = judgement;
            appointment.AbsenceReason = reason;
        }
        else if (request.Judgement is not null)
        {
            return "Only an absence is judged acceptable or unacceptable.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        appointment.Outcome = request.Outcome;
        appointment.OutcomeNotes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        appointment.OutcomeRecordedAt = now;
        appointment.OutcomeRecordedBy = actor;
        if (request.Outcome != AppointmentOutcome.DidNotAttend)
        {
            appointment.AbsenceJudgement = null;
            appointment.AbsenceReason = null;
            appointment.EvidenceDueOn = null;
        }
        else if (appointment.AbsenceJudgement == AbsenceJudgement.AwaitingExplanation)
        {
            var holidays = await ServiceHolidaysAsync(cancellationToken);
            appointment.EvidenceDueOn = AbsenceRules.EvidenceWindowCloses(UkClock.Today(appointment.Start), policy, holidays);
            await QueueMessagesAsync(appointment, MessagePurpose.ExplainAbsence, null, false, cancellationToken, appointment.EvidenceDueOn);
        }
        else
        {
            appointment.EvidenceDueOn = null;
        }

        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = appointment.Start,
            PersonId = appointment.PersonId,
            Type = ContactType.AppointmentOutcome,
            AuthorStaffMemberId = authorStaffMemberId,
            Outcome = request.Outcome switch
            {
                AppointmentOutcome.AttendedComplied => ContactOutcome.AttendedAndComplied,
                AppointmentOutcome.AttendedFailedToComply => ContactOutcome.Attended,
                AppointmentOutcome.DidNotAttend => appointment.AbsenceJudgement == AbsenceJudgement.Acceptable ? ContactOutcome.AcceptableAbsence : ContactOutcome.FailedToAttend,
                _ => ContactOutcome.Rescheduled,
            },
            Notes = OutcomeWords(appointment) + (appointment.OutcomeNotes is { } n ? $" {n}" : ""),
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public static string OutcomeWords(Appointment a) =>
        $"{char.ToUpperInvariant(AppointmentMessages.TypeWords(a.Type)[0])}{AppointmentMessages.TypeWords(a.Type)[1..]}: " + (a.Outcome switch
        {
            AppointmentOutcome.AttendedComplied => "attended and complied.",
            AppointmentOutcome.AttendedFailedToComply => "attended but failed to comply.",
            AppointmentOutcome.RescheduledByProbation => "rescheduled by probation.",
            AppointmentOutcome.RescheduledAtPersonsRequest => "rescheduled at the person's request.",
            AppointmentOutcome.DidNotAttend => a.AbsenceJudgement switch
            {
                AbsenceJudgement.Acceptable => $"did not attend; acceptable absence ({AbsenceRules.ReasonWords(a.AbsenceReason!.Value).ToLowerInvariant()}).",
                AbsenceJudgement.Unacceptable => $"did not attend; unacceptable absence ({AbsenceRules.ReasonWords(a.AbsenceReason!.Value).ToLowerInvariant()}).",
                _ => $"did not attend; waiting for an explanation until {Words.Date(a.EvidenceDueOn)}.",
            },
            _ => "no outcome yet.",
        });

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Appointment NewAppointment(int personId, AppointmentRequest request, string actor) => new()
    {
        PersonId = personId,
        Type = request.Type,
        Start = UkClock.ToUtc(request.LocalStart),
        End = UkClock.ToUtc(request.LocalEnd),
        LocationKind = request.LocationKind,
        OfficeLocationId = request.LocationKind == AppointmentLocationKind.Office ? request.OfficeLocationId : null,
        StaffMemberId = request.StaffMemberId,
        RequirementId = request.RequirementId,
        LicenceConditionId = request.LicenceConditionId,
        WhatToBring = Clean(request.WhatToBring),
        Notes = Clean(request.Notes),
        WarningsOverrideReason = Clean(request.WarningsOverrideReason),
        CreatedAt = Now,
        CreatedBy = actor,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task WithdrawQueuedAsync(int appointmentId, CancellationToken cancellationToken)
    {
        var queued = await db.OutboxMessages.AsTracking()
            .Where(m => m.AppointmentId == appointmentId && m.Status == NotificationStatus.Queued)
            .ToListAsync(cancellationToken);
        foreach (var message in queued)
        {
            message.Status = NotificationStatus.Withdrawn;
            message.StatusAt = Now;
        }
    }

    private async Task RefreshNextAppointmentAsync(int personId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var now = Now;
        var next = await db.Appointments.AsNoTracking()
            .Where(a => a.PersonId == personId && a.Status == AppointmentStatus.Booked && a.Start >= now)
            .OrderBy(a => a.Start).Select(a => (DateTime?)a.Start).FirstOrDefaultAsync(cancellationToken);
        await db.People.Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.NextAppointmentAt, next), cancellationToken);
    }

    private async Task QueueMessagesAsync(Appointment appointment, MessagePurpose purpose, DateTime? previousStart, bool letterAddressConfirmed, CancellationToken cancellationToken, DateOnly? respondBy = null)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == appointment.PersonId, cancellationToken);
        var route = RouteFor(person, await CurrentAddressAsync(person.Id, cancellationToken));
        if (route is null)
        {
            // No phone, email or address: the person must be told in person, and the appointment shows as not notified.
            return;
        }

        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.Id == appointment.StaffMemberId)
            .Select(s => new { s.FirstName, s.LastName, s.TeamId }).SingleAsync(cancellationToken);
        var office = appointment.OfficeLocationId is { } officeId
            ? await db.OfficeLocations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officeId, cancellationToken)
            : null;
        var officePhone = office?.Phone ?? await db.OfficeLocations.AsNoTracking()
            .Where(o => o.PduId == db.Teams.Where(t => t.Id == staff.TeamId).Select(t => t.PduId).FirstOrDefault() && o.Phone != null)
            .Select(o => o.Phone).FirstOrDefaultAsync(cancellationToken);

        var token = IssueLink(appointment, respondBy is { } by ? UkClock.ToUtc(by, new TimeOnly(23, 59)) : appointment.End);
        var link = $"{publicBaseUrl.TrimEnd('/')}/r/{token}";
        var rearrange = route.Channel == NotificationChannel.Sms
            ? $"reply CONFIRM or CHANGE to this message, or use {link}{(officePhone is null ? "" : $", or call {officePhone}")}."
            : $"use {link}{(officePhone is null ? "" : $" or call {officePhone}")}.";
        var facts = new AppointmentMessageFacts(
            person.PreferredName ?? person.FirstName,
            appointment.Type,
            UkClock.ToUk(appointment.Start),
            UkClock.ToUk(appointment.End),
            PlaceWords(appointment.LocationKind, office),
            $"{staff.FirstName} {staff.LastName}",
            appointment.WhatToBring,
            rearrange);
        var now = Now;
        Add(purpose, "", now, AppointmentMessages.Compose(purpose, facts, previousStart is { } p ? UkClock.ToUk(p) : null, respondBy));

        if (purpose is MessagePurpose.AppointmentBooked or MessagePurpose.AppointmentRearranged && route.Channel != NotificationChannel.Letter)
        {
            var day = UkClock.Today(appointment.Start);
            var reminder = AppointmentMessages.Compose(MessagePurpose.AppointmentReminder, facts);
            var daysBefore = UkClock.ToUtc(day.AddDays(-reminders.DaysBefore), reminders.DaysBeforeAt);
            if (daysBefore > now.AddHours(12))
            {
                Add(MessagePurpose.AppointmentReminder, $"-{reminders.DaysBefore}d", daysBefore, reminder);
            }

            var morningOf = UkClock.ToUtc(day, reminders.MorningOfAt);
            if (morningOf >= appointment.Start)
            {
                morningOf = appointment.Start.AddHours(-2);
            }

            if (morningOf > now)
            {
                Add(MessagePurpose.AppointmentReminder, "-morning", morningOf, reminder);
            }
        }

        void Add(MessagePurpose what, string suffix, DateTime notBefore, ComposedMessage message) => db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"appointment-{appointment.Id}-{Kebab(what)}{suffix}-{route.Channel.ToString().ToLowerInvariant()}",
            PersonId = appointment.PersonId,
            AppointmentId = appointment.Id,
            Purpose = what,
            Channel = route.Channel,
            Recipient = route.Recipient,
            Subject = message.Subject,
            Body = message.Body,
            AddressConfirmed = route.Channel == NotificationChannel.Letter && letterAddressConfirmed,
            NotBefore = notBefore,
            NextAttemptAt = notBefore,
            StatusAt = now,
            CreatedAt = now,
        });
    }

    public static string PlaceWords(AppointmentLocationKind kind, OfficeLocation? office) => kind switch
    {
        AppointmentLocationKind.Office => office?.FullAddress ?? "the probation office",
        AppointmentLocationKind.Phone => "by phone: we will call you",
        AppointmentLocationKind.Video => "by video call: we will send you the link",
        _ => "at your home",
    };

    private static string Kebab(MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.AppointmentBooked => "booked",
        MessagePurpose.AppointmentRearranged => "rearranged",
        MessagePurpose.AppointmentCancelled => "cancelled",
        MessagePurpose.AppointmentReminder => "reminder",
        MessagePurpose.ExplainAbsence => "explain-absence",
        _ => purpose.ToString().ToLowerInvariant(),
    };

    /// <summary>A one-time link for the person to confirm, ask to rearrange or explain an absence; only its hash is kept.</summary>
    private string IssueLink(Appointment appointment, DateTime expiresAt)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        db.AppointmentLinks.Add(new AppointmentLink
        {
            AppointmentId = appointment.Id,
            TokenHash = HashToken(token),
            CreatedAt = Now,
            ExpiresAt = expiresAt,
        });
        return token;
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
