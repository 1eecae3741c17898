using Waypoint.Domain.Workload;

namespace Waypoint.Data.Entities;

/// <summary>Hours taken off a practitioner's week (hours or a percentage), from a start to an end date.</summary>
public class StaffReduction
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember StaffMember { get; set; } = null!;
    public ReductionReason Reason { get; set; }
    public decimal? Hours { get; set; }
    public decimal? Percent { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public string? Notes { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }

    public Reduction ToDomain() => new(Reason, Start, End, Hours, Percent);
}

/// <summary>A practitioner's workload on a day: rewritten whenever it is recalculated that day, so trends can be drawn.</summary>
public class WorkloadSnapshot
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public DateOnly Date { get; set; }
    public int TotalPoints { get; set; }
    public int AvailablePoints { get; set; }
    public decimal CapacityPercent { get; set; }
    public int Cases { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A practitioner over 110% for 4 consecutive weeks (an excessive workload): raised to their SPO and head of PDU, who
/// record what will change and by when. Flags and responses are kept.
/// </summary>
public class WorkloadFlag
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public DateOnly RaisedOn { get; set; }
    public decimal PercentWhenRaised { get; set; }
    public string? Response { get; set; }
    public DateOnly? ChangeBy { get; set; }
    public string? RespondedBy { get; set; }
    public DateTime? RespondedAt { get; set; }
}

/// <summary>A version of the workload weights, in force from its date (the built-in default applies before the first).</summary>
public class WeightSetVersion
{
    public int Id { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string WeightsJson { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum AbsenceKind
{
    Leave = 1,
    Sickness,
    Training,
}

/// <summary>A member of staff away from work (leave, sickness, training) from one date to another.</summary>
public class StaffAbsence
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public AbsenceKind Kind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Cover for an absent practitioner's case: who covers it, from when to when, and who arranged it.</summary>
public class CoverAssignment
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int AbsentStaffMemberId { get; set; }
    public int CoveringStaffMemberId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string AssignedBy { get; set; }
    public DateTime AssignedAt { get; set; }
}

/// <summary>
/// A pre-sentence report written for a court. A completed report counts in its author's workload for 30 days after
/// completion, and its author is continuity when the case is allocated.
/// </summary>
public class CourtReport
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int StaffMemberId { get; set; }
    public Domain.Workload.ReportType Type { get; set; }
    public required string Court { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Proposal { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
