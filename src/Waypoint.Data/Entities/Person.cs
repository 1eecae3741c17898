using Waypoint.Domain.People;

namespace Waypoint.Data.Entities;

/// <summary>Marks an entity whose updates are checked with an optimistic-concurrency version.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A person on probation.</summary>
public class Person : IVersioned
{
    public int Id { get; set; }
    public required string Crn { get; set; }
    public required string FirstName { get; set; }
    public string? MiddleNames { get; set; }
    public required string LastName { get; set; }
    public string? PreferredName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    /// <summary>As the person describes it, where it differs from the recorded gender.</summary>
    public string? GenderIdentity { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public string? Religion { get; set; }
    public string? Disability { get; set; }
    public string? Nationality { get; set; }
    public string? PncNumber { get; set; }
    /// <summary>From the criminal record (PNC): sanctions of every kind including the current conviction.</summary>
    public int? TotalSanctions { get; set; }
    /// <summary>From the criminal record (PNC): age in whole years at the first sanction.</summary>
    public int? AgeAtFirstSanction { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredContactMethod PreferredContactMethod { get; set; }
    public string? Language { get; set; }
    public bool InterpreterRequired { get; set; }

    /// <summary>Upper-cased surname for case-insensitive prefix search that can use an index.</summary>
    public string SearchLastName { get; set; } = "";
    public string SearchFirstName { get; set; } = "";

    /// <summary>The current responsible practitioner (null while the case waits for allocation).</summary>
    public int? ResponsibleStaffMemberId { get; set; }
    public StaffMember? ResponsibleStaffMember { get; set; }
    public int? ResponsibleTeamId { get; set; }
    public Team? ResponsibleTeam { get; set; }

    /// <summary>True when the case carries an exclusion list; lets lists skip the access lookup for most cases.</summary>
    public bool HasExclusions { get; set; }
    /// <summary>True when only named staff may see the case.</summary>
    public bool HasRestrictions { get; set; }

    /// <summary>Until appointments are modelled (the appointments issue), the next booked appointment is held here.</summary>
    public DateTime? NextAppointmentAt { get; set; }

    /// <summary>
    /// The latest contact with the person (anything but a case note, unless they did not attend), kept by
    /// <see cref="ContactSummaries"/> whenever contacts are saved, so lists do not search the partitioned contacts per row.
    /// </summary>
    public DateTime? LastContactAt { get; set; }

    /// <summary>The latest supervision contact the person attended (what the contact standard counts), kept likewise.</summary>
    public DateTime? LastSeenAt { get; set; }

    /// <summary>The latest contact of any kind the person attended; none means they have never attended (an induction is due).</summary>
    public DateTime? LastAttendedAt { get; set; }

    /// <summary>
    /// The current sentence (the latest active event's, by conviction date, then the later event): its type and the
    /// dates supervision and workload depend on. Kept by <see cref="CurrentSentenceSummaries"/> whenever events or
    /// sentences are saved, so caseloads and team pages read them with the person instead of two index probes a row.
    /// Null when the person has no active sentence.
    /// </summary>
    public Domain.Sentencing.SentenceType? CurrentSentenceType { get; set; }
    public DateOnly? CurrentSentenceDate { get; set; }
    public DateOnly? CurrentReleaseDate { get; set; }
    public DateOnly? CurrentExpectedEndDate { get; set; }
    public DateOnly? CurrentLicenceExpiryDate { get; set; }
    public DateOnly? CurrentSentenceTerminatedOn { get; set; }

    /// <summary>The current tier (A-G, MISSING or NOT_SUPERVISED) from the latest tier calculation; null before the first.</summary>
    public string? CurrentTier { get; set; }
    public bool TierProvisional { get; set; }
    /// <summary>The earlier protect/change tier (e.g. B2), which the workload weights are keyed by.</summary>
    public string? ProtectChangeTier { get; set; }
    public DateTime? TierChangedAt { get; set; }
    /// <summary>The overall risk of serious harm from the latest completed assessment.</summary>
    public Domain.Tiering.RoshLevel? CurrentRosh { get; set; }
    /// <summary>When the assessment must next be reviewed (16 weeks after completion, or sooner after a significant event).</summary>
    public DateOnly? AssessmentReviewDueOn { get; set; }
    public string? AssessmentReviewReason { get; set; }

    public int Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Address> Addresses { get; set; } = [];
    public List<ConvictionEvent> Events { get; set; } = [];
    public List<Registration> Registrations { get; set; } = [];
    public List<Allocation> Allocations { get; set; } = [];
    public List<CaseAccessEntry> AccessEntries { get; set; } = [];
    public List<Assessment> Assessments { get; set; } = [];
    public List<TierCalculation> TierCalculations { get; set; } = [];
    /// <summary>For queries (the allocation queue's "induction booked"); never loaded with the person.</summary>
    public List<Appointment> Appointments { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
}

public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
}

public class Address
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public AddressStatus Status { get; set; }
    public AccommodationType AccommodationType { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>A link between two people on probation, stored once per direction so each record shows it.</summary>
public class PersonLink
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int LinkedPersonId { get; set; }
    public Person LinkedPerson { get; set; } = null!;
    public PersonLinkType LinkType { get; set; }
    public string? Notes { get; set; }
}

/// <summary>An entry on a case's exclusion or restriction list.</summary>
public class CaseAccessEntry
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember StaffMember { get; set; } = null!;
    public Domain.Access.CaseAccessListKind Kind { get; set; }
    public required string Reason { get; set; }
    public DateTime AddedAt { get; set; }
}

public class Allocation
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember StaffMember { get; set; } = null!;
    public int TeamId { get; set; }
    public Team Team { get; set; } = null!;
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public required string Reason { get; set; }
    /// <summary>Why this practitioner: the allocating manager's recorded rationale (the case allocation decision evidence).</summary>
    public string? Rationale { get; set; }
    public bool OutsidePolicy { get; set; }
    public int? DecidedByStaffMemberId { get; set; }
    public DateTime? DecidedAt { get; set; }
    public int? CoWorkerStaffMemberId { get; set; }
    /// <summary>Notes for the practitioner only (not shown on the case record).</summary>
    public string? NotesToPractitioner { get; set; }
    /// <summary>For a temporary reallocation while the practitioner is away: the last day it lasts.</summary>
    public DateOnly? TemporaryUntil { get; set; }
    /// <summary>For a temporary reallocation: who the case goes back to afterwards.</summary>
    public int? ReturnsToStaffMemberId { get; set; }
}
