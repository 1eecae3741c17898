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

    [BindProperty(SupportsGet = true)]
    public int? PractitionerId { get; set; }

    // "page" is also Razor Pages' own route value, so read it from the query string explicitly.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 50;

    public List<(int Id, string Name, int Cases)> Practitioners { get; private set; } = [];

    public CaseloadPage Rows { get; private set; } = new([], 0, 1, 0);

    public string TeamName { get; private set; } = "";

    public List<(int Id, string Name)> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Teams, TeamId, TeamName) = await ManagedTeams.ChooseAsync(db, user, TeamId, cancellationToken);
        if (TeamId is not { } teamId)
        {
            return Page();
        }

        Practitioners = (await db.People.AsNoTracking().Where(p => p.ResponsibleTeamId == teamId && p.ResponsibleStaffMemberId != null)
                .GroupBy(p => new { Id = p.ResponsibleStaffMemberId!.Value, p.ResponsibleStaffMember!.FirstName, p.ResponsibleStaffMember.LastName })
                .Select(g => new { g.Key.Id, g.Key.FirstName, g.Key.LastName, Cases = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => (p.Id, $"{p.FirstName} {p.LastName}", p.Cases)).ToList();
        if (PractitionerId is not null && !Practitioners.Any(p => p.Id == PractitionerId))
        {
            PractitionerId = null;
        }

        var people = db.People.Where(p => p.ResponsibleTeamId == teamId);
        if (PractitionerId is { } practitionerId)
        {
            people = people.Where(p => p.ResponsibleStaffMemberId == practitionerId);
        }

        Rows = await CaseloadReader.ReadAsync(db, people, Query, access, cancellationToken, PageNumber, PageSize);
        return Page();
    }
}
