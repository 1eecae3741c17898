using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Caseload;

public class IndexModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseloadQuery Query { get; set; } = new();

    public CaseloadPage Rows { get; private set; } = new([], 0, 1, 0);

    public sealed record NewAllocation(string Crn, string Name, DateOnly From, string? DecidedBy, string? Notes, bool LimitedAccess, int PersonId);

    /// <summary>Cases allocated to me in the last 7 days, with the manager's notes: how a new allocation reaches the practitioner.</summary>
    public List<NewAllocation> NewAllocations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staffId = user.StaffMemberId;
        Rows = staffId is null ? new([], 0, 1, 0) : await CaseloadReader.ReadAsync(db, db.People.Where(p => p.ResponsibleStaffMemberId == staffId), Query, access, cancellationToken);
        if (staffId is not null)
        {
            var since = Infrastructure.Display.Today.AddDays(-7);
            var allocations = await db.Allocations.AsNoTracking()
                .Where(a => a.StaffMemberId == staffId && a.To == null && a.From >= since && a.DecidedByStaffMemberId != null)
                .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new
                {
                    p.Crn, Name = p.FirstName + " " + p.LastName, a.From, a.NotesToPractitioner, a.DecidedByStaffMemberId, Limited = p.HasExclusions || p.HasRestrictions, PersonId = p.Id,
                    DecidedBy = db.StaffMembers.Where(s => s.Id == a.DecidedByStaffMemberId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefault(),
                })
                .OrderByDescending(a => a.From)
                .ToListAsync(cancellationToken);
            var hidden = await access.HiddenAmongAsync(allocations.Select(a => (a.PersonId, a.Limited)), cancellationToken);
            NewAllocations = allocations.Where(a => !hidden.Contains(a.PersonId))
                .Select(a => new NewAllocation(a.Crn, a.Name, a.From, a.DecidedBy, a.NotesToPractitioner, a.Limited, a.PersonId)).ToList();
        }
    }
}
