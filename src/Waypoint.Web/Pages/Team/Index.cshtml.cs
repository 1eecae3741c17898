using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>Every person held by a team, with their practitioner. A head of PDU chooses among the PDU's teams.</summary>
public class IndexModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseloadQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? TeamId { get; set; }

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public string TeamName { get; private set; } = "";

    public List<(int Id, string Name)> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var pduId = user.PduId;
        Teams = user.IsInRole(Roles.HeadOfPdu)
            ? (await db.Teams.AsNoTracking().Where(t => t.PduId == pduId).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList()
            : (await db.Teams.AsNoTracking().Where(t => t.Id == user.TeamId).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList();
        var teamId = TeamId ?? user.TeamId;
        if (!Teams.Any(t => t.Id == teamId))
        {
            teamId = Teams.Select(t => (int?)t.Id).FirstOrDefault();
        }

        if (teamId is null)
        {
            return Page();
        }

        TeamName = Teams.First(t => t.Id == teamId).Name;
        TeamId = teamId;
        Rows = await CaseloadReader.ReadAsync(db, db.People.Where(p => p.ResponsibleTeamId == teamId), Query, access, cancellationToken);
        return Page();
    }
}
