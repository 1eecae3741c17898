using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Tiering;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Assessments;

/// <summary>
/// Assessments waiting for a countersignature: the senior probation officer sees their team's, a head of PDU the
/// PDU's, oldest first. Cases the user may not see are left out.
/// </summary>
public class CountersignModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    public sealed record Row(int AssessmentId, int PersonId, string Crn, string Name, string CompletedBy, Grade? Grade, DateTime CompletedAt, RoshLevel? Rosh, bool LimitedAccess);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var headOfPdu = user.IsInRole(Roles.HeadOfPdu);
        var teamId = user.TeamId;
        var pduId = user.PduId;
        var query = db.Assessments.AsNoTracking().Where(a => a.Status == AssessmentStatus.AwaitingCountersignature)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a, p });
        query = headOfPdu
            ? query.Where(x => x.p.ResponsibleTeam != null && x.p.ResponsibleTeam.PduId == pduId)
            : query.Where(x => x.p.ResponsibleTeamId == teamId);
        var rows = await query.OrderBy(x => x.a.CompletedAt)
            .Select(x => new Row(x.a.Id, x.p.Id, x.p.Crn, x.p.FirstName + " " + x.p.LastName,
                x.a.CompletedBy == null ? "" : x.a.CompletedBy.FirstName + " " + x.a.CompletedBy.LastName, x.a.CompletedByGrade, x.a.CompletedAt!.Value,
                x.a.OverallRosh, x.p.HasExclusions || x.p.HasRestrictions))
            .Take(200)
            .ToListAsync(cancellationToken);
        var hidden = await access.HiddenAmongAsync(rows.Select(r => (r.PersonId, r.LimitedAccess)), cancellationToken);
        Rows = rows.Where(r => !hidden.Contains(r.PersonId)).ToList();
        return Page();
    }
}
