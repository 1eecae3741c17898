using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Allocations;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Allocations;

/// <summary>
/// The decision: the chosen practitioner, what it does to their workload, and the rationale (mandatory, and fuller when
/// outside the policy), optional notes for the practitioner and a co-worker. Reallocation adds its reason.
/// </summary>
public class DecideModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, AllocationPolicy policy) : CasePageModel(access)
{
    public const int MinimumOutsidePolicyRationale = 100;
    public const int MaxRationale = 4000;

    protected override string AuditWhat => "Allocation decision";

    [BindProperty(SupportsGet = true)]
    public int StaffId { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public int? CoWorkerId { get; set; }

    [BindProperty]
    public string? ReallocationReason { get; set; }

    public CaseToAllocate Allocating { get; private set; } = null!;

    public AllocationCandidate Candidate { get; private set; } = null!;

    public List<(int Id, string Name)> CoWorkers { get; private set; } = [];

    public bool IsReallocation => Allocating.CurrentStaffId is not null;

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } stop)
        {
            return stop;
        }

        if (user.StaffMemberId is not { } deciderId)
        {
            return Forbid();
        }

        var outside = !Candidate.Policy.WithinPolicy;
        if (CoWorkerId is { } coWorker && CoWorkers.All(c => c.Id != coWorker))
        {
            return BadRequest();
        }

        if (Candidate.Grade == Grade.Pqip && CoWorkerId is not null)
        {
            // A trainee with a named co-worker may hold high RoSH within policy.
            outside = !policy.Check(Candidate.Grade, Allocating.ProtectChangeTier, Allocating.Rosh, hasCoWorker: true).WithinPolicy;
        }

        var rationale = Rationale?.Trim();
        if (string.IsNullOrEmpty(rationale))
        {
            Errors.Add(("Enter why this practitioner is the right person for the case", "#rationale"));
        }
        else if (outside && rationale.Length < MinimumOutsidePolicyRationale)
        {
            Errors.Add(($"This allocation is outside the policy: explain in at least {MinimumOutsidePolicyRationale} characters why it is still right and what support is in place", "#rationale"));
        }
        else if (rationale.Length > MaxRationale)
        {
            Errors.Add(($"The rationale must be {MaxRationale} characters or fewer", "#rationale"));
        }

        if (IsReallocation && !AllocationService.ReallocationReasons.Contains(ReallocationReason))
        {
            if (!string.IsNullOrEmpty(ReallocationReason))
            {
                return BadRequest();
            }

            Errors.Add(("Select why the case is being reallocated", "#reason"));
        }

        var notes = Notes?.Trim();
        if (notes?.Length > 2000)
        {
            Errors.Add(("Notes for the practitioner must be 2000 characters or fewer", "#notes"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await AllocationService.AllocateAsync(db, new AllocationDecision(Allocating.PersonId, Candidate.StaffMemberId, deciderId, rationale!, outside, CoWorkerId,
            string.IsNullOrEmpty(notes) ? null : notes, IsReallocation ? $"Reallocation: {ReallocationReason}" : "Initial allocation", user.DisplayName), DateTime.UtcNow, cancellationToken);
        return Redirect($"/allocations?allocated={Allocating.Crn}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
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
        var teamId = await db.StaffMembers.Where(s => s.Id == StaffId).Select(s => (int?)s.TeamId).SingleOrDefaultAsync(cancellationToken);
        var candidate = teamId is null ? null : (await AllocationService.CandidatesAsync(db, allocating, [teamId.Value], today, cancellationToken, policy)).FirstOrDefault(c => c.StaffMemberId == StaffId);
        if (candidate is null)
        {
            return NotFound(); // not a practitioner who may be offered this case
        }

        Candidate = candidate;
        CoWorkers = (await db.StaffMembers.AsNoTracking()
                .Where(s => s.TeamId == teamId && s.IsActive && s.Id != StaffId && (s.Grade == Grade.Po || s.Grade == Grade.Spo))
                .OrderBy(s => s.LastName).Select(s => new { s.Id, Name = s.FirstName + " " + s.LastName }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
        return null;
    }
}
