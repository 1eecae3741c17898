using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Entities;

public enum AssessmentStatus
{
    /// <summary>Being written; saved as the practitioner goes.</summary>
    Draft = 1,
    /// <summary>Completed by the assessor and waiting for a senior probation officer's countersignature.</summary>
    AwaitingCountersignature,
    /// <summary>Completed (and countersigned where the policy requires): never edited again.</summary>
    Completed,
    /// <summary>A later completed assessment has replaced it.</summary>
    Superseded,
}

public enum AssessmentReason
{
    Initial = 1,
    Review,
    SignificantEvent,
}

/// <summary>
/// A risk and needs assessment. Answers are kept as one JSON document of question key to answer (the questionnaire is in
/// the domain); the overall RoSH and the predictor scores the tier needs are columns so lists can read them.
/// </summary>
public class Assessment : IVersioned
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public AssessmentStatus Status { get; set; }
    public AssessmentReason Reason { get; set; }
    public DateTime StartedAt { get; set; }
    public int StartedByStaffMemberId { get; set; }
    public StaffMember StartedBy { get; set; } = null!;
    public string AnswersJson { get; set; } = "{}";
    public DateTime? CompletedAt { get; set; }
    public int? CompletedByStaffMemberId { get; set; }
    public StaffMember? CompletedBy { get; set; }
    public Grade? CompletedByGrade { get; set; }
    public RoshLevel? OverallRosh { get; set; }
    public bool CountersignRequired { get; set; }
    public DateTime? CountersignedAt { get; set; }
    public int? CountersignedByStaffMemberId { get; set; }
    public StaffMember? CountersignedBy { get; set; }
    public string? CountersignNote { get; set; }
    /// <summary>Why the countersigner sent it back (it is a draft again).</summary>
    public string? ReturnedNote { get; set; }
    public DateTime? ReturnedAt { get; set; }
    /// <summary>The v4 predictors' input as used on completion: calculating it again gives the same scores and their terms.</summary>
    public string? PredictorsJson { get; set; }
    public decimal? ArpScore { get; set; }
    public bool? ArpStatic { get; set; }
    public decimal? CsrpScore { get; set; }
    public bool? CsrpStatic { get; set; }
    public decimal? DcSrpScore { get; set; }
    public V4Band? DcSrpBand { get; set; }
    public int? SupersededByAssessmentId { get; set; }
    public int Version { get; set; }
    public List<SentencePlanObjective> Objectives { get; set; } = [];
}

public enum ObjectiveProgress
{
    NotStarted = 1,
    InProgress,
    Achieved,
    NoLongerNeeded,
}

/// <summary>A sentence plan objective, written with the person: their words, the actions, who does what, by when, progress.</summary>
public class SentencePlanObjective : IVersioned
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The assessment section the objective addresses (a questionnaire section key).</summary>
    public required string NeedArea { get; set; }
    public required string Objective { get; set; }
    public required string Actions { get; set; }
    public required string WhoDoesWhat { get; set; }
    public DateOnly? TargetDate { get; set; }
    public ObjectiveProgress Progress { get; set; }
    public string? ProgressNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>One calculation of the person's tier, with the inputs it used and each step's reason (the tier history).</summary>
public class TierCalculation
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public DateTime CalculatedAt { get; set; }
    /// <summary>A-G, MISSING or NOT_SUPERVISED.</summary>
    public required string Tier { get; set; }
    public bool Provisional { get; set; }
    /// <summary>The earlier protect/change tier (e.g. B2) calculated alongside, for the workload weights.</summary>
    public required string ProtectChangeTier { get; set; }
    /// <summary>What changed to cause the calculation, in words.</summary>
    public required string Trigger { get; set; }
    public required string InputsJson { get; set; }
    public required string StepsJson { get; set; }
}

/// <summary>One row of a version of the contact standard (how often each tier is seen).</summary>
public class ContactStandardEntry
{
    public int Id { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string Tier { get; set; }
    public int IntervalDays { get; set; }
    public ContactKind Kind { get; set; }
    public int WeeklyWeeksAfterStart { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// A manager's oversight of a case: what they reviewed, the direction they gave and by when. It appears on the case
/// timeline and the practitioner's week until it is marked done, with what was done.
/// </summary>
public class ManagementOversight : IVersioned
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int AuthorStaffMemberId { get; set; }
    public required string Reviewed { get; set; }
    public required string Direction { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int? CompletedByStaffMemberId { get; set; }
    public string? CompletionNote { get; set; }
    public int Version { get; set; }
}
