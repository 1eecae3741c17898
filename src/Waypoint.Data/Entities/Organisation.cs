using Waypoint.Domain.Organisation;

namespace Waypoint.Data.Entities;

public class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Pdu> Pdus { get; set; } = [];
}

/// <summary>Probation delivery unit.</summary>
public class Pdu
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region Region { get; set; } = null!;
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Team> Teams { get; set; } = [];
}

public class Team
{
    public int Id { get; set; }
    public int PduId { get; set; }
    public Pdu Pdu { get; set; } = null!;
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<StaffMember> Staff { get; set; } = [];
}

public class StaffMember
{
    public int Id { get; set; }
    public required string StaffCode { get; set; }
    public int TeamId { get; set; }
    public Team Team { get; set; } = null!;
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public Grade Grade { get; set; }
    /// <summary>For PQiP trainees: the start of their training, which governs their case protection.</summary>
    public DateOnly? TraineeStartDate { get; set; }
    public decimal ContractedHours { get; set; }
    public bool IsActive { get; set; } = true;
    public VettingLevel? VettingLevel { get; set; }
    public DateOnly? VettingGranted { get; set; }
    public DateOnly? VettingExpires { get; set; }
    public List<StaffQualification> Qualifications { get; set; } = [];

    /// <summary>When they joined the service (for staff in post on a past date and length of service).</summary>
    public DateOnly? StartedOn { get; set; }

    /// <summary>Their last day, when they have left (leavers and turnover). A leaver is no longer active.</summary>
    public DateOnly? LeftOn { get; set; }

    public string? LeavingReason { get; set; }

    /// <summary>Self-declared diversity details for workforce monitoring; never shown outside aggregate, suppressed figures.</summary>
    public Waypoint.Domain.People.Ethnicity? Ethnicity { get; set; }

    public Waypoint.Domain.People.Gender? Gender { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}

public class StaffQualification
{
    public int Id { get; set; }
    public int StaffMemberId { get; set; }
    public required string Qualification { get; set; }
    public DateOnly AwardedOn { get; set; }
    public bool EvidenceSeen { get; set; }
}

/// <summary>
/// A team's funded posts of a grade in full-time equivalents, from a date until a later entry replaces it: the
/// establishment that vacancies are counted against.
/// </summary>
public class FundedPost
{
    public int Id { get; set; }
    public int TeamId { get; set; }
    public Grade Grade { get; set; }
    public decimal Fte { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
