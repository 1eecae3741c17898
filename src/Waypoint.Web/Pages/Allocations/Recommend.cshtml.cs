using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Allocations;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Allocations;

/// <summary>
/// Recommendations for one case: the practitioners of the chosen teams (the case's team by default; any team of the
/// PDU can be added), ranked, each with every reason in plain words.
/// </summary>
public class RecommendModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, AllocationPolicy policy) : CasePageModel(access)
{
    protected override string AuditWhat => "Allocation recommendations";

    [BindProperty(SupportsGet = true, Name = "teams")]
    public List<int> TeamIds { get; set; } = [];

    public CaseToAllocate Allocating { get; private set; } = null!;

    public List<(int Id, string Name)> PduTeams { get; private set; } = [];

    public IReadOnlyList<AllocationCandidate> Candidates { get; private set; } = [];

    public int CasePoints { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var today = Display.Today;
        if (await AllocationService.CaseAsync(db, Case.Crn, today, cancellationToken) is not { } allocating || allocating.PduId != user.PduId)
        {
            return Forbid();
        }

        Allocating = allocating;
        PduTeams = (await db.Teams.AsNoTracking().Where(t => t.PduId == user.PduId).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        TeamIds = TeamIds.Where(id => PduTeams.Any(t => t.Id == id)).Distinct().ToList();
        if (TeamIds.Count == 0 && allocating.TeamId is { } team)
        {
            TeamIds.Add(team);
        }

        CasePoints = WorkloadCalculator.CaseLine(new WorkloadCase(allocating.CaseType, allocating.ProtectChangeTier), WeightSet.Default).Points;
        Candidates = await AllocationService.CandidatesAsync(db, allocating, TeamIds, today, cancellationToken, policy);
        return Page();
    }
}
