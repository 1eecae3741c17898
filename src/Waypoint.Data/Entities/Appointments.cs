using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;

namespace Waypoint.Data.Entities;

/// <summary>A probation office where appointments take place.</summary>
public class OfficeLocation
{
    public int Id { get; set; }
    public int PduId { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string Postcode { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;

    public string FullAddress => $"{Name}, {Address}, {Postcode}";
}

/// <summary>A weekly commitment the person has told us about (work, caring, education) that appointments should avoid.</summary>
public class PersonCommitment
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public CommitmentKind Kind { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public string? Description { get; set; }
}

/// <summary>A one-off holiday in the service's own calendar (a coronation, a moved bank holiday): no feed is reachable.</summary>
public class ServiceHoliday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    public required string AddedBy { get; set; }
}

public class Appointment : IVersioned
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public AppointmentType Type { get; set; }
    /// <summary>UTC.</summary>
    public DateTime Start { get; set; }
    /// <summary>UTC.</summary>
    public DateTime End { get; set; }
    public AppointmentLocationKind LocationKind { get; set; }
    public int? OfficeLocationId { get; set; }
    public OfficeLocation? OfficeLocation { get; set; }
    /// <summary>Who the person sees.</summary>
    public int StaffMemberId { get; set; }
    public StaffMember StaffMember { get; set; } = null!;
    /// <summary>The requirement this appointment counts towards, if any.</summary>
    public int? RequirementId { get; set; }
    public int? LicenceConditionId { get; set; }
    public string? WhatToBring { get; set; }
    public string? Notes { get; set; }
    public AppointmentStatus Status { get; set; } = AppointmentStatus.Booked;
    public int? RearrangedFromId { get; set; }
    public int? RearrangedToId { get; set; }
    /// <summary>Why it was cancelled or rearranged.</summary>
    public string? ChangeReason { get; set; }
    /// <summary>The practitioner's reason for booking despite the warnings shown.</summary>
    public string? WarningsOverrideReason { get; set; }
    public AppointmentOutcome? Outcome { get; set; }
    public AbsenceJudgement? AbsenceJudgement { get; set; }
    public AbsenceReason? AbsenceReason { get; set; }
    public string? OutcomeNotes { get; set; }
    public DateTime? OutcomeRecordedAt { get; set; }
    public string? OutcomeRecordedBy { get; set; }
    /// <summary>For an unexplained absence: when the person's window to explain closes.</summary>
    public DateOnly? EvidenceDueOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A message to a person (or a member of staff) in the transactional outbox: committed with the change that caused it
/// and sent later by the worker. Also the notification record: one row per way the person was (or was to be) told.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    /// <summary>Unique: the same message is never queued twice, and the provider is asked with it before a retry.</summary>
    public required string IdempotencyKey { get; set; }
    public int? PersonId { get; set; }
    public int? AppointmentId { get; set; }
    public int? StaffMemberId { get; set; }
    public MessagePurpose Purpose { get; set; }
    public NotificationChannel Channel { get; set; }
    /// <summary>Phone number, email address or postal address.</summary>
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>For letters: the practitioner confirmed the address is current and safe for post.</summary>
    public bool AddressConfirmed { get; set; }
    /// <summary>Not sent before this time (reminders).</summary>
    public DateTime NotBefore { get; set; }
    public NotificationStatus Status { get; set; } = NotificationStatus.Queued;
    public DateTime StatusAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    /// <summary>A sender's claim on the message; another sender may take it only after this passes.</summary>
    public DateTime? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    /// <summary>The provider's id for the message (GOV.UK Notify's notification id), or the local file written.</summary>
    public string? ProviderReference { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One attempt to send a message, and what came of it. Never changed once written.</summary>
public class OutboxAttempt
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public DateTime At { get; set; }
    public NotificationStatus Result { get; set; }
    public string? Detail { get; set; }
    public string? Sender { get; set; }

    /// <summary>Which worker (server and process) made the attempt.</summary>
    public string? Worker { get; set; }
}

public enum ReplyKind
{
    Confirm = 1,
    Rearrange,
    Other,
}

public enum ReplyChannel
{
    Sms = 1,
    Link,
}

/// <summary>A reply from the person about an appointment; lands on the practitioner's worklist until handled.</summary>
public class AppointmentReply
{
    public int Id { get; set; }
    public int AppointmentId { get; set; }
    public int PersonId { get; set; }
    public ReplyKind Kind { get; set; }
    public ReplyChannel Via { get; set; }
    public string? Text { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? HandledAt { get; set; }
    public string? HandledBy { get; set; }
}

/// <summary>A one-time link sent to the person: only its hash is stored.</summary>
public class AppointmentLink
{
    public int Id { get; set; }
    public int AppointmentId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}

public enum DecisionStatus
{
    AwaitingCountersignature = 1,
    InForce,
    /// <summary>The senior probation officer did not agree; the practitioner must decide again.</summary>
    Returned,
    /// <summary>Replaced by a later decision, with the reason recorded on it.</summary>
    Superseded,
}

/// <summary>
/// A recorded, reasoned enforcement decision (the defensible decision): the facts, the person's explanation, risk and
/// protective factors, the options considered, the decision and its rationale, and where the policy requires it the
/// senior probation officer's countersignature with their own reasoning. Never deleted; superseded with a reason.
/// </summary>
public class EnforcementDecision : IVersioned
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int? AppointmentId { get; set; }
    public int? SentenceId { get; set; }
    public EnforcementAction Recommended { get; set; }
    public required string RecommendationReason { get; set; }
    public EnforcementAction Decision { get; set; }
    /// <summary>Required when the decision differs from the recommendation; counted for managers.</summary>
    public string? OverrideReason { get; set; }
    public required string WhatHappened { get; set; }
    public required string PersonsExplanation { get; set; }
    public required string RiskConsidered { get; set; }
    public required string OptionsConsidered { get; set; }
    public required string Rationale { get; set; }
    public DateOnly? ActBy { get; set; }
    public bool NeedsCountersignature { get; set; }
    public DecisionStatus Status { get; set; }
    public int DecidedByStaffMemberId { get; set; }
    public DateTime DecidedAt { get; set; }
    public int? CountersignedByStaffMemberId { get; set; }
    public DateTime? CountersignedAt { get; set; }
    public string? CountersignReasoning { get; set; }
    public int? SupersededById { get; set; }
    public string? SupersededReason { get; set; }
    public BreachStage? BreachStage { get; set; }
    public DateTime? BreachStageAt { get; set; }
    /// <summary>For a warning: when the window for the person to respond closes.</summary>
    public DateOnly? ResponseDueOn { get; set; }
    public Guid? LetterMessageId { get; set; }
    // Recall consideration (licences).
    public string? LicenceConditionsBreached { get; set; }
    public string? ResponseToSupervision { get; set; }
    public string? AlternativesTried { get; set; }
    public RecallType? RecallType { get; set; }
    public int Version { get; set; }
}
