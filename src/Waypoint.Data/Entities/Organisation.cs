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
