using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waypoint.Data;

namespace Waypoint.Web.Infrastructure.Security;

/// <summary>Staff whose record is marked inactive (left, suspended) cannot sign in, whatever their password.</summary>
public sealed class WaypointSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    WaypointDbContext db)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        if (user.StaffMemberId is { } staffId && !await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.IsActive))
        {
            return false;
        }

        return await base.CanSignInAsync(user);
    }
}
