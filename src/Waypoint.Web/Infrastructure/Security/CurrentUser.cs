using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.Domain.Access;

namespace Waypoint.Web.Infrastructure.Security;

public static class WaypointClaims
{
    public const string StaffMemberId = "waypoint:staff";
    public const string TeamId = "waypoint:team";
    public const string PduId = "waypoint:pdu";
    public const string DisplayName = "waypoint:name";
}

/// <summary>Who is signed in, read from the claims issued at sign-in (no database call per request).</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The signed-in user's name; "anonymous" for a request without one; "system" for background work (no request).</summary>
    public string Name => accessor.HttpContext is null ? "system" : Principal.Identity?.Name ?? "anonymous";

    public string DisplayName => Principal.FindFirstValue(WaypointClaims.DisplayName) ?? Name;

    public int? StaffMemberId => Int(WaypointClaims.StaffMemberId);

    public int? TeamId => Int(WaypointClaims.TeamId);

    public int? PduId => Int(WaypointClaims.PduId);

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public ChangingUser AsChangingUser() => new(StaffMemberId, TeamId, PduId,
        IsInRole(Roles.SeniorProbationOfficer), IsInRole(Roles.HeadOfPdu), IsInRole(Roles.Administrator));

    private int? Int(string type) =>
        int.TryParse(Principal.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>Adds the staff record's ids to the sign-in cookie so pages need no lookup to know the user's team.</summary>
public sealed class WaypointClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, WaypointDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WaypointClaims.DisplayName, user.DisplayName));
        if (user.StaffMemberId is { } staffId)
        {
            var staff = await db.StaffMembers.Where(s => s.Id == staffId).Select(s => new { s.TeamId, s.Team.PduId }).SingleAsync();
            identity.AddClaim(new Claim(WaypointClaims.StaffMemberId, staffId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(WaypointClaims.TeamId, staff.TeamId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(WaypointClaims.PduId, staff.PduId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
