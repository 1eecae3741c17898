using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Data.Enforcement;

/// <summary>The practitioner's structured decision, as entered.</summary>
public sealed record DecisionRequest(
    int PersonId,
    int? AppointmentId,
    EnforcementAction Decision,
    string? OverrideReason,
    string WhatHappened,
    string PersonsExplanation,
    string RiskConsidered,
    string OptionsConsidered,
    string Rationale,
    string? LicenceConditionsBreached = null,
    string? ResponseToSupervision = null,
    string? AlternativesTried = null,
    RecallType? RecallType = null,
    /// <summary>How the warning letter reaches the person when post is unsafe or they have no fixed abode.</summary>
    string? LetterAlternative = null);

public sealed record EnforcementContext(
    SentenceType? Order,
    int? SentenceId,
    EnforcementRecommendation? Recommendation,
    IReadOnlyList<DateOnly> WarningsInForce,
    string? NotApplicable);

/// <summary>
/// Enforcement decisions: the policy's recommendation from the record, the practitioner's reasoned decision, the
/// countersignature where the policy requires one, the generated warning letter, and the breach's progress. Decisions
/// are never deleted: a later one supersedes an earlier one, with the reason.
/// </summary>
public sealed class EnforcementService(WaypointDbContext db, TimeProvider clock, EnforcementPolicy policy)
{
    public const int TextMaxLength = Configurations.EnforcementDecisionConfiguration.TextMaxLength;

    public EnforcementPolicy Policy => policy;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<EnforcementContext> ContextAsync(int personId, Appointment? appointment, CancellationToken cancellationToken)
    {
        var sentence = await db.Sentences.AsNoTracking()
            .Where(s => s.Event.PersonId == personId && s.Event.IsActive && s.TerminatedOn == null)
            .OrderByDescending(s => s.SentenceDate).Select(s => new { s.Id, s.Type }).FirstOrDefaultAsync(cancellationToken);
        if (sentence is null)
        {
            return new(null, null, null, [], "There is no current sentence to enforce.");
        }

        if (appointment is not null && appointment.AbsenceJudgement != AbsenceJudgement.Unacceptable && appointment.Outcome != AppointmentOutcome.AttendedFailedToComply)
        {
            return new(sentence.Type, sentence.Id, null, [], "Enforcement follows an unacceptable absence or a failure to comply; this appointment has neither.");
        }

        var warnings = (await db.EnforcementDecisions.AsNoTracking()
                .Where(d => d.PersonId == personId && d.SentenceId == sentence.Id && d.Decision == EnforcementAction.Warning && d.Status == DecisionStatus.InForce)
                .Select(d => d.DecidedAt).ToListAsync(cancellationToken))
            .Select(UkClock.Today).ToList();
        var failureDate = appointment is null ? UkClock.Today(Now) : UkClock.Today(appointment.Start);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        var recommendation = policy.Recommend(sentence.Type, failureDate, warnings, holidays);
        return new(sentence.Type, sentence.Id, recommendation, warnings.Where(w => w.AddMonths(policy.WarningValidMonths) >= failureDate).ToList(), null);
    }

    /// <summary>Records the decision, or returns what is wrong with it in words.</summary>
    public async Task<(EnforcementDecision? Decision, string? Error)> DecideAsync(DecisionRequest request, int staffMemberId, string actor, bool letterAddressConfirmed, CancellationToken cancellationToken)
    {
        var appointment = request.AppointmentId is { } appointmentId
            ? await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == appointmentId && a.PersonId == request.PersonId, cancellationToken)
            : null;
        if (request.AppointmentId is not null && appointment is null)
        {
            return (null, "That appointment is not on this person's record.");
        }

        var context = await ContextAsync(request.PersonId, appointment, cancellationToken);
        if (context.Recommendation is not { } recommendation)
        {
            return (null, context.NotApplicable);
        }

        if (!EnforcementPolicy.IsOption(recommendation, request.Decision))
        {
            return (null, $"For this order the decision is one of: {string.Join(", ", recommendation.Options.Select(EnforcementPolicy.ActionWords))}.");
        }

        if (request.Decision != recommendation.Action && string.IsNullOrWhiteSpace(request.OverrideReason))
        {
            return (null, $"The policy recommends {EnforcementPolicy.ActionWords(recommendation.Action).ToLowerInvariant()}: say why you decided otherwise.");
        }

        if (request.Decision == EnforcementAction.Recall && request.RecallType is null)
        {
            return (null, "Select the type of recall you recommend.");
        }

        if (appointment is not null && await db.EnforcementDecisions.AnyAsync(d => d.AppointmentId == appointment.Id && (d.Status == DecisionStatus.InForce || d.Status == DecisionStatus.AwaitingCountersignature), cancellationToken))
        {
            return (null, "A decision about this failure is already recorded. Supersede it to change it.");
        }

        var (needed, _) = policy.NeedsCountersignature(recommendation, request.Decision);
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decision = new EnforcementDecision
        {
            PersonId = request.PersonId,
            AppointmentId = appointment?.Id,
            SentenceId = context.SentenceId,
            Recommended = recommendation.Action,
            RecommendationReason = recommendation.Reason,
            Decision = request.Decision,
            OverrideReason = request.Decision == recommendation.Action ? null : request.OverrideReason!.Trim(),
            WhatHappened = request.WhatHappened.Trim(),
            PersonsExplanation = request.PersonsExplanation.Trim(),
            RiskConsidered = request.RiskConsidered.Trim(),
            OptionsConsidered = request.OptionsConsidered.Trim(),
            Rationale = request.Rationale.Trim(),
            ActBy = recommendation.ActBy,
            NeedsCountersignature = needed,
            Status = needed ? DecisionStatus.AwaitingCountersignature : DecisionStatus.InForce,
            DecidedByStaffMemberId = staffMemberId,
            DecidedAt = now,
            BreachStage = request.Decision switch
            {
                EnforcementAction.Warning => Domain.Enforcement.BreachStage.WarningGiven,
                EnforcementAction.BreachAction => Domain.Enforcement.BreachStage.BreachDecided,
                _ => null,
            },
            BreachStageAt = now,
            LicenceConditionsBreached = Clean(request.LicenceConditionsBreached),
            ResponseToSupervision = Clean(request.ResponseToSupervision),
            AlternativesTried = Clean(request.AlternativesTried),
            RecallType = request.Decision == EnforcementAction.Recall ? request.RecallType : null,
        };
        db.EnforcementDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        if (decision.Status == DecisionStatus.InForce && decision.Decision == EnforcementAction.Warning)
        {
            await IssueWarningLetterAsync(decision, appointment, actor, letterAddressConfirmed, request.LetterAlternative, cancellationToken);
        }

        AddContact(decision, staffMemberId, $"{EnforcementPolicy.ActionWords(decision.Decision)} decided by {actor}"
            + (decision.NeedsCountersignature ? " (awaiting a senior probation officer's countersignature)" : "")
            + (decision.OverrideReason is { } o ? $". Policy recommended {EnforcementPolicy.ActionWords(decision.Recommended).ToLowerInvariant()}; overridden because: {o}" : "")
            + $". Rationale: {decision.Rationale}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (decision, null);
    }

    /// <summary>The senior probation officer agrees (the decision takes effect) or returns it with their reasoning.</summary>
    public async Task<string?> CountersignAsync(EnforcementDecision decision, bool agree, string reasoning, int staffMemberId, string actor, bool letterAddressConfirmed, CancellationToken cancellationToken)
    {
        if (decision.Status != DecisionStatus.AwaitingCountersignature)
        {
            return "This decision is not waiting for a countersignature.";
        }

        if (decision.DecidedByStaffMemberId == staffMemberId)
        {
            return "A decision cannot be countersigned by the person who made it.";
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        decision.CountersignedByStaffMemberId = staffMemberId;
        decision.CountersignedAt = now;
        decision.CountersignReasoning = reasoning.Trim();
        decision.Status = agree ? DecisionStatus.InForce : DecisionStatus.Returned;
        if (agree && decision.Decision == EnforcementAction.BreachAction)
        {
            decision.BreachStage = Domain.Enforcement.BreachStage.Countersigned;
            decision.BreachStageAt = now;
        }

        if (agree && decision.Decision == EnforcementAction.Warning)
        {
            var appointment = decision.AppointmentId is { } id ? await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
            await IssueWarningLetterAsync(decision, appointment, actor, letterAddressConfirmed, null, cancellationToken);
        }

        AddContact(decision, staffMemberId, $"{EnforcementPolicy.ActionWords(decision.Decision)} {(agree ? "countersigned" : "returned")} by {actor}: {decision.CountersignReasoning}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Moves a breach on (pack ready, listed at court, court outcome); stages only go forward.</summary>
    public async Task<string?> AdvanceBreachAsync(EnforcementDecision decision, BreachStage stage, string? note, int staffMemberId, string actor, CancellationToken cancellationToken)
    {
        if (decision.Decision != EnforcementAction.BreachAction || decision.Status != DecisionStatus.InForce || decision.BreachStage is not { } current)
        {
            return "Only a countersigned breach moves through the court stages.";
        }

        if (stage <= current)
        {
            return $"The breach is already at '{EnforcementPolicy.StageWords(current)}'.";
        }

        decision.BreachStage = stage;
        decision.BreachStageAt = Now;
        AddContact(decision, staffMemberId, $"Breach: {EnforcementPolicy.StageWords(stage).ToLowerInvariant()} (recorded by {actor}){(string.IsNullOrWhiteSpace(note) ? "" : $". {note.Trim()}")}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Replaces a decision: it stays on the record, marked superseded, with the reason.</summary>
    public async Task<string?> SupersedeAsync(EnforcementDecision decision, string reason, int staffMemberId, string actor, CancellationToken cancellationToken)
    {
        if (decision.Status == DecisionStatus.Superseded)
        {
            return "This decision has already been superseded.";
        }

        decision.Status = DecisionStatus.Superseded;
        decision.SupersededReason = reason.Trim();
        AddContact(decision, staffMemberId, $"{EnforcementPolicy.ActionWords(decision.Decision)} decision superseded by {actor}: {decision.SupersededReason}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private void AddContact(EnforcementDecision decision, int staffMemberId, string notes)
    {
        var now = Now;
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            PersonId = decision.PersonId,
            Type = ContactType.EnforcementDecision,
            AuthorStaffMemberId = staffMemberId,
            Notes = notes.Length > 4000 ? notes[..4000] : notes,
            CreatedAt = now,
        });
    }

    /// <summary>
    /// The warning letter is generated from the record, in plain English, and sent through the person's channel; where
    /// post is unsafe or there is no fixed abode, the practitioner's recorded alternative is noted on the letter.
    /// </summary>
    private async Task IssueWarningLetterAsync(EnforcementDecision decision, Appointment? appointment, string actor, bool letterAddressConfirmed, string? alternative, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == decision.PersonId, cancellationToken);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        var respondBy = Domain.Workload.WorkingDays.Add(UkClock.Today(Now), policy.WarningResponseWorkingDays, holidays);
        decision.ResponseDueOn = respondBy;
        var address = await RecordLookups.CurrentAddressAsync(db, person.Id, cancellationToken);
        var route = AppointmentService.RouteFor(person, address);
        var letter = EnforcementLetters.Warning(
            person.PreferredName ?? person.FirstName,
            appointment is null ? null : (AppointmentMessages.TypeWords(appointment.Type), UkClock.ToUk(appointment.Start)),
            decision.WhatHappened,
            policy.WarningValidMonths,
            respondBy,
            actor);
        var now = Now;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"decision-{decision.Id}-warning-letter",
            PersonId = person.Id,
            AppointmentId = decision.AppointmentId,
            Purpose = MessagePurpose.WarningLetter,
            // With no phone, email or address the letter is printed to be handed over (or sent by the recorded alternative).
            Channel = route?.Channel ?? NotificationChannel.Letter,
            Recipient = route?.Recipient ?? $"{person.FullName}\n{(string.IsNullOrWhiteSpace(alternative) ? "To be handed to the person" : alternative.Trim())}",
            Subject = letter.Subject,
            Body = letter.Body + (string.IsNullOrWhiteSpace(alternative) ? "" : $"\n\n(Delivered by: {alternative.Trim()})"),
            AddressConfirmed = route?.Channel == NotificationChannel.Letter && letterAddressConfirmed,
            NotBefore = now,
            NextAttemptAt = now,
            StatusAt = now,
            CreatedAt = now,
        };
        db.OutboxMessages.Add(message);
        decision.LetterMessageId = message.Id;
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            PersonId = person.Id,
            Type = ContactType.Letter,
            AuthorStaffMemberId = decision.DecidedByStaffMemberId,
            Notes = $"Warning letter issued by {NotificationEvidence.ChannelWords(message.Channel)} to {message.Recipient.Replace("\n", ", ")}; the person may respond until {Words.Date(respondBy)}.",
            CreatedAt = now,
        });
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
