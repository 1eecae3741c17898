using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Risk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Workload;

/// <summary>My workload: the live figure, each case's weight and why, reductions, available points and the trend.</summary>
public class IndexModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    public WorkloadView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        View = await WorkloadView.LoadAsync(db, staffId, Display.Today, cancellationToken);
        return View is null ? NotFound() : Page();
    }
}
