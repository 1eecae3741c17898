using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Data.Allocations;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Allocations;

/// <summary>The PDU's cases waiting for a practitioner: breaches of the allocation target first.</summary>
public class IndexModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    public List<UnallocatedCase> Cases { get; private set; } = [];

    public int Breaches => Cases.Count(c => c.Breached);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.PduId is not { } pduId)
        {
            return Page();
        }

        var cases = await AllocationService.QueueAsync(db, pduId, Display.Today, cancellationToken);
        var hidden = await access.HiddenAmongAsync(cases.Select(c => (c.PersonId, c.LimitedAccess)), cancellationToken);
        Cases = cases.Where(c => !hidden.Contains(c.PersonId)).ToList();
        return Page();
    }
}
