using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Oversight;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>
/// The senior probation officer's view of their team (a head of PDU chooses the team): practitioners' workload and
/// overdue work, high and very high RoSH people not seen within their standard, unallocated cases and their waits,
/// countersignatures waiting, absence and cover, and open management oversight directions. Every figure links to
/// where the work is done.
/// </summary>
public class OverviewModel(WaypointDbContext db, CurrentUser user, CaseAccessService access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? TeamId { get; set; }

    public List<(int Id, string Name)> Teams { get; private set; } = [];

    public string TeamName { get; private set; } = "";

    public TeamOverviewData? Data { get; private set; }

    public IReadOnlySet<int> Hidden { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await GenericPlans.UseForThisConnectionAsync(db, cancellationToken); // every statement here keeps its plan for any team
        (Teams, TeamId, TeamName) = await ManagedTeams.ChooseAsync(db, user, TeamId, cancellationToken);
        if (TeamId is null)
        {
            return Page();
        }

        Data = await TeamOverview.ReadAsync(db, TeamId.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        Hidden = await access.HiddenAmongAsync(
            Data.HighRoshNotSeen.Select(r => (r.PersonId, r.LimitedAccess))
                .Concat(Data.Countersignatures.Select(c => (c.PersonId, c.LimitedAccess)))
                .Concat(Data.Directions.Select(d => (d.PersonId, d.LimitedAccess)))
                .Concat(Data.Unallocated.Select(u => (u.PersonId, u.LimitedAccess))),
            cancellationToken);
        return Page();
    }
}
