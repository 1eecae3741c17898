using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>The teams a manager may look at (an SPO their own; a head of PDU every team in the PDU) and the one chosen.</summary>
public sealed record ManagedTeams(List<(int Id, string Name)> Teams, int? TeamId, string TeamName)
{
    /// <summary>The chosen team if the user manages it, otherwise their first.</summary>
    public static async Task<ManagedTeams> ChooseAsync(WaypointDbContext db, CurrentUser user, int? chosen, CancellationToken cancellationToken)
    {
        var teams = (await db.Teams.AsNoTracking()
                .Where(t => user.IsInRole(Roles.HeadOfPdu) ? t.PduId == user.PduId : t.Id == user.TeamId)
                .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        var teamId = teams.Any(t => t.Id == chosen) ? chosen : teams.Select(t => (int?)t.Id).FirstOrDefault();
        return new ManagedTeams(teams, teamId, teamId is { } id ? teams.First(t => t.Id == id).Name : "");
    }
}
