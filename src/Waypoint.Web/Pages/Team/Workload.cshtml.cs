using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Risk;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Risk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>
/// Team workload for the senior probation officer (a head of PDU chooses the team): each practitioner's live figure,
/// cases, cases allocated in the last 7 days and reductions; the team's figure is Σ points ÷ Σ available points.
/// </summary>
public class WorkloadModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    public sealed record Row(PractitionerWorkload Workload, int AllocatedLastWeek, bool OverFourWeeks);

    [BindProperty(SupportsGet = true)]
    public int? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? StaffId { get; set; }

    public List<(int Id, string Name)> Teams { get; private set; } = [];

    public string TeamName { get; private set; } = "";

    public List<Row> Rows { get; private set; } = [];

    public decimal TeamPercent { get; private set; }

    public WorkloadView? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today;
        Teams = (await db.Teams.AsNoTracking()
                .Where(t => user.IsInRole(Roles.HeadOfPdu) ? t.PduId == user.PduId : t.Id == user.TeamId)
                .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        var teamId = Teams.Any(t => t.Id == TeamId) ? TeamId : Teams.Select(t => (int?)t.Id).FirstOrDefault();
        if (teamId is null)
        {
            return Page();
        }

        TeamId = teamId;
        TeamName = Teams.First(t => t.Id == teamId).Name;
        var holders = await db.StaffMembers.AsNoTracking()
            .Where(s => s.TeamId == teamId && s.IsActive && (s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var workloads = await WorkloadRecalculator.ReadAsync(db, holders, today, cancellationToken);
        var weekAgo = today.AddDays(-7);
        var recent = await db.Allocations.AsNoTracking().Where(a => holders.Contains(a.StaffMemberId) && a.From > weekAgo)
            .GroupBy(a => a.StaffMemberId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var trends = await WorkloadView.TrendsAsync(db, holders, today, cancellationToken);
        Rows = workloads
            .Select(w => new Row(w, recent.GetValueOrDefault(w.StaffMemberId), WorkloadView.IsOverFourWeeks(trends.GetValueOrDefault(w.StaffMemberId) ?? [], w.Percent)))
            .OrderByDescending(r => r.Workload.Percent).ToList();
        TeamPercent = WorkloadCalculator.Aggregate(workloads.Select(w => (w.Result.TotalPoints, w.Result.AvailablePoints)));

        if (StaffId is { } staffId && holders.Contains(staffId))
        {
            Selected = await WorkloadView.LoadAsync(db, staffId, today, cancellationToken);
        }

        return Page();
    }
}
