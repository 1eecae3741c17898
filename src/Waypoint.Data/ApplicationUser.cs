using Microsoft.AspNetCore.Identity;

namespace Waypoint.Data;

/// <summary>A sign-in account. Staff accounts link to their staff record; the Auditor role need not hold one.</summary>
public class ApplicationUser : IdentityUser
{
    public int? StaffMemberId { get; set; }
    public Entities.StaffMember? StaffMember { get; set; }
    public required string DisplayName { get; set; }
}

public static class Roles
{
    public const string Practitioner = nameof(Practitioner);
    public const string SeniorProbationOfficer = nameof(SeniorProbationOfficer);
    public const string HeadOfPdu = nameof(HeadOfPdu);
    public const string Administrator = nameof(Administrator);
    public const string Auditor = nameof(Auditor);

    public static IReadOnlyList<string> All { get; } = [Practitioner, SeniorProbationOfficer, HeadOfPdu, Administrator, Auditor];
}
