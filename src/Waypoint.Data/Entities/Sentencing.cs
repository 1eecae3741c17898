using Waypoint.Domain.Sentencing;

namespace Waypoint.Data.Entities;

/// <summary>A conviction event: a court appearance with its offences and the resulting sentence.</summary>
public class ConvictionEvent
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int EventNumber { get; set; }
    public required string Court { get; set; }
    public DateOnly ConvictionDate { get; set; }
    public bool IsActive { get; set; }
    public List<Offence> Offences { get; set; } = [];
    public Sentence? Sentence { get; set; }
}

public class Offence
{
    public int Id { get; set; }
    public int EventId { get; set; }
    /// <summary>Home Office offence code (five digits, e.g. 10400).</summary>
    public required string OffenceCode { get; set; }
    public required string Description { get; set; }
    public bool IsMain { get; set; }
    public DateOnly? OffenceDate { get; set; }
}

public class Sentence : IVersioned
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public ConvictionEvent Event { get; set; } = null!;
    public SentenceType Type { get; set; }
    public DateOnly SentenceDate { get; set; }
    public int LengthMonths { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? ExpectedEndDate { get; set; }
    public DateOnly? ReleaseDate { get; set; }
    public DateOnly? LicenceExpiryDate { get; set; }
    public DateOnly? SentenceExpiryDate { get; set; }
    public DateOnly? PostSentenceSupervisionEndDate { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    public int Version { get; set; }
    public List<Requirement> Requirements { get; set; } = [];
    public List<LicenceCondition> LicenceConditions { get; set; } = [];
}

public class Requirement
{
    public int Id { get; set; }
    public int SentenceId { get; set; }
    public RequirementType Type { get; set; }
    public string? Details { get; set; }
    /// <summary>The length the court set, in the requirement's unit (RAR days, hours, sessions, days, months).</summary>
    public int Length { get; set; }
    /// <summary>How much has been completed, in the same unit.</summary>
    public int Completed { get; set; }
    public RequirementStatus Status { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

public class LicenceCondition
{
    public int Id { get; set; }
    public int SentenceId { get; set; }
    public LicenceConditionKind Kind { get; set; }
    public required string Code { get; set; }
    public required string Description { get; set; }
    /// <summary>For additional conditions: the wording set for this person (e.g. the exclusion zone).</summary>
    public string? FreeText { get; set; }
}

/// <summary>A risk flag on a person.</summary>
public class Registration
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public RegistrationType Type { get; set; }
    public int? MappaCategory { get; set; }
    public int? MappaLevel { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? NextReviewDate { get; set; }
    public string? Notes { get; set; }
    public int AddedByStaffMemberId { get; set; }
    public StaffMember AddedBy { get; set; } = null!;
    public DateOnly? EndedOn { get; set; }
}

/// <summary>
/// A change to one of a sentence's key dates, with the reason given. Key dates come from the court or prison record
/// or from the rules; whoever corrects one says why, and the change shows on the sentence and in the record history.
/// </summary>
public class KeyDateChange
{
    public int Id { get; set; }
    public int SentenceId { get; set; }
    public int PersonId { get; set; }
    public required string KeyDate { get; set; }
    public DateOnly? Before { get; set; }
    public DateOnly? After { get; set; }
    public required string Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public required string ChangedBy { get; set; }
}

/// <summary>The rehabilitative services a person can be referred to (the commissioned pathways and programmes).</summary>
public enum ReferralService
{
    Accommodation = 1,
    EducationTrainingAndEmployment,
    FinanceBenefitAndDebt,
    DependencyAndRecovery,
    PersonalWellbeing,
    WomensServices,
    AccreditedProgramme,
    Other,
}

public enum ReferralStatus
{
    Made = 1,
    Accepted,
    Started,
    Completed,
    Declined,
    Withdrawn,
}

/// <summary>
/// A referral of a person to a rehabilitative service: why, when and by whom, and what came of it. Its progress is kept
/// on the referral and each change is a contact on the timeline.
/// </summary>
public class Referral : IVersioned
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public ReferralService Service { get; set; }
    public string? Provider { get; set; }
    public required string Reason { get; set; }
    public DateOnly ReferredOn { get; set; }
    public int ReferredByStaffMemberId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateOnly StatusOn { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
