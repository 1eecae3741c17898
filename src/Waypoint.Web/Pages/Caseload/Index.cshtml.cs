using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Caseload;

public class IndexModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseloadQuery Query { get; set; } = new();

    public CaseloadPage Rows { get; private set; } = new([], 0, 1, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staffId = user.StaffMemberId;
        Rows = staffId is null ? new([], 0, 1, 0) : await CaseloadReader.ReadAsync(db, db.People.Where(p => p.ResponsibleStaffMemberId == staffId), Query, access, cancellationToken);
    }
}
