namespace Waypoint.Data.Entities;

public enum ContactType
{
    CaseNote = 1,
    OfficeVisit,
    HomeVisit,
    PhoneCall,
    VideoCall,
    Email,
    Letter,
    ThreeWayMeeting,
    UnpaidWorkSession,
    ProgrammeSession,
    Allocation,
    /// <summary>An appointment outcome (attended, failed to comply, absence and its judgement).</summary>
    AppointmentOutcome,
    /// <summary>A recorded enforcement decision (warning, breach, recall consideration) or its countersignature.</summary>
    EnforcementDecision,
    /// <summary>A manager's oversight of the case (what was reviewed, the direction given) or its completion.</summary>
    ManagementOversight,
    /// <summary>A referral to a rehabilitative service, or a change in its progress.</summary>
    Referral,
}

public enum ContactOutcome
{
    Attended = 1,
    AttendedAndComplied,
    FailedToAttend,
    AcceptableAbsence,
    Rescheduled,
}

/// <summary>
/// One entry on a person's chronological record. Keyed by (Id, OccurredAt) so the table can be range-partitioned
/// by month on PostgreSQL without changing its key.
/// </summary>
public class Contact : IVersioned
{
    public Guid Id { get; set; }
    public DateTime OccurredAt { get; set; }
    public int PersonId { get; set; }
    public ContactType Type { get; set; }
    public int? AuthorStaffMemberId { get; set; }
    public StaffMember? Author { get; set; }
    /// <summary>The API client that recorded the contact, when no member of staff did.</summary>
    public string? RecordedByClient { get; set; }
    public ContactOutcome? Outcome { get; set; }
    public required string Notes { get; set; }
    public bool IsSensitive { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The text a note held before an edit: nothing written on the record is lost.</summary>
public class ContactRevision
{
    public int Id { get; set; }
    public Guid ContactId { get; set; }
    public DateTime ContactOccurredAt { get; set; }
    public required string PreviousNotes { get; set; }
    public bool PreviousIsSensitive { get; set; }
    public DateTime RevisedAt { get; set; }
    public int? RevisedByStaffMemberId { get; set; }
}
