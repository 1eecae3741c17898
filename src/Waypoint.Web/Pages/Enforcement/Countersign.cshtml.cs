using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Enforcement;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Enforcement;

/// <summary>
/// Enforcement decisions waiting for a senior probation officer (breach, recall, not breaching after a further failure),
/// oldest first with their act-by dates; and how often the policy's recommendation was overridden, and why, in the last
/// 90 days, by practitioner — so managers can see consistency.
/// </summary>
public class CountersignModel(WaypointDbContext db, CurrentUser user, CaseAccessService access, TimeProvider clock) : PageModel
{
    public sealed record Row(int DecisionId, int PersonId, string Crn, string Name, EnforcementAction Decision, string DecidedBy, DateTime DecidedAt, DateOnly? ActBy, bool LimitedAccess);

    public sealed record OverrideRow(string Practitioner, int Decisions, int Overrides, IReadOnlyList<string> Reasons);

    public List<Row> Rows { get; private set; } = [];
    public List<OverrideRow> Overrides { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var people = Scope();
        var rows = await db.EnforcementDecisions.AsNoTracking().Where(d => d.Status == DecisionStatus.AwaitingCountersignature)
            .Join(people, d => d.PersonId, p => p.Id, (d, p) => new { d, p })
            .OrderBy(x => x.d.DecidedAt)
            .Select(x => new Row(x.d.Id, x.p.Id, x.p.Crn, x.p.FirstName + " " + x.p.LastName, x.d.Decision,
                db.StaffMembers.Where(s => s.Id == x.d.DecidedByStaffMemberId).Select(s => s.FirstName + " " + s.LastName).First(),
                x.d.DecidedAt, x.d.ActBy, x.p.HasExclusions || x.p.HasRestrictions))
            .Take(200).ToListAsync(cancellationToken);
        var hidden = await access.HiddenAmongAsync(rows.Select(r => (r.PersonId, r.LimitedAccess)), cancellationToken);
        Rows = rows.Where(r => !hidden.Contains(r.PersonId)).ToList();

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var recent = await db.EnforcementDecisions.AsNoTracking().Where(d => d.DecidedAt >= since)
            .Join(people, d => d.PersonId, p => p.Id, (d, p) => new { d.DecidedByStaffMemberId, d.OverrideReason })
            .ToListAsync(cancellationToken);
        var staffIds = recent.Select(r => r.DecidedByStaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, cancellationToken);
        Overrides = recent.GroupBy(r => r.DecidedByStaffMemberId)
            .Select(g => new OverrideRow(names.GetValueOrDefault(g.Key, "Unknown"), g.Count(), g.Count(r => r.OverrideReason != null),
                g.Where(r => r.OverrideReason != null).Select(r => r.OverrideReason!).ToList()))
            .OrderByDescending(o => o.Overrides).ThenBy(o => o.Practitioner).ToList();
        return Page();
    }

    /// <summary>A senior probation officer sees their team's cases, a head of PDU the PDU's.</summary>
    private IQueryable<Person> Scope()
    {
        var teamId = user.TeamId;
        var pduId = user.PduId;
        return user.IsInRole(Roles.HeadOfPdu)
            ? db.People.Where(p => p.ResponsibleTeam != null && p.ResponsibleTeam.PduId == pduId)
            : db.People.Where(p => p.ResponsibleTeamId == teamId);
    }
}
