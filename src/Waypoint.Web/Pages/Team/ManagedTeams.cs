using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>The teams a manager may look at (an SPO their own; a head of PDU every team in the PDU) and the one chosen.</summary>
public sealed record ManagedTeams(List<(int Id, string Name)> Teams, int? TeamId, string TeamName)
{
    private sealed record TeamOption(int Id, string Name);

    // Compiled (ADR 0006): every team page starts here.
    private static readonly CompiledQuery<Func<WaypointDbContext, int?, IAsyncEnumerable<TeamOption>>> TeamsOfPdu = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int? pduId) => db.Teams.AsNoTracking().Where(t => t.PduId == pduId).OrderBy(t => t.Name).Select(t => new TeamOption(t.Id, t.Name))));

    private static readonly CompiledQuery<Func<WaypointDbContext, int?, IAsyncEnumerable<TeamOption>>> TeamById = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int? teamId) => db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new TeamOption(t.Id, t.Name))));

    /// <summary>The chosen team if the user manages it, otherwise their first.</summary>
    public static async Task<ManagedTeams> ChooseAsync(WaypointDbContext db, CurrentUser user, int? chosen, CancellationToken cancellationToken)
    {
        var rows = user.IsInRole(Roles.HeadOfPdu)
            ? await TeamsOfPdu.For(db)(db, user.PduId).ToListAsync(cancellationToken)
            : await TeamById.For(db)(db, user.TeamId).ToListAsync(cancellationToken);
        var teams = rows.Select(t => (t.Id, t.Name)).ToList();
        var teamId = teams.Any(t => t.Id == chosen) ? chosen : teams.Select(t => (int?)t.Id).FirstOrDefault();
        return new ManagedTeams(teams, teamId, teamId is { } id ? teams.First(t => t.Id == id).Name : "");
    }
}
