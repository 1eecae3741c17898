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
    private sealed record StaffCount(int StaffMemberId, int Count);

    // Compiled (ADR 0006): the page's reads are the same on every view.
    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<int>>> CaseHoldersOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId) => db.StaffMembers.AsNoTracking()
            .Where(s => s.TeamId == teamId && s.IsActive && (s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip)).Select(s => s.Id)));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, IAsyncEnumerable<StaffCount>>> AllocatedSince = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> holders, DateOnly since) => db.Allocations.AsNoTracking()
            .Where(a => holders.Contains(a.StaffMemberId) && a.From > since).GroupBy(a => a.StaffMemberId).Select(g => new StaffCount(g.Key, g.Count()))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<Data.Entities.WorkloadFlag>>> LatestFlags = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> holders) => db.WorkloadFlags.AsNoTracking()
            .Where(f => holders.Contains(f.StaffMemberId)).OrderByDescending(f => f.RaisedOn).ThenByDescending(f => f.Id).Take(50)));

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

    /// <summary>Excessive-workload flags of the team, newest first, answered or not.</summary>
    public List<Data.Entities.WorkloadFlag> Flags { get; private set; } = [];

    public Dictionary<int, string> Names { get; private set; } = [];

    [BindProperty]
    public int FlagId { get; set; }

    [BindProperty]
    public string? FlagResponse { get; set; }

    [BindProperty]
    public Infrastructure.Govuk.DateParts ChangeBy { get; set; } = new();

    public List<(string Text, string Href)> Errors { get; } = [];

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var flag = await db.WorkloadFlags.SingleOrDefaultAsync(f => f.Id == FlagId, cancellationToken);
        if (flag is null || Rows.All(r => r.Workload.StaffMemberId != flag.StaffMemberId))
        {
            return NotFound();
        }

        var response = FlagResponse?.Trim();
        if (string.IsNullOrEmpty(response))
        {
            Errors.Add(("Enter what will change to bring the workload down", "#response"));
        }
        else if (response.Length > Data.Configurations.WorkloadFlagConfiguration.MaxResponseLength)
        {
            Errors.Add(($"The response must be {Data.Configurations.WorkloadFlagConfiguration.MaxResponseLength} characters or fewer", "#response"));
        }

        var by = ChangeBy.TryGetDate("the date by which it will change", out var dateError);
        if (dateError is null && by < Display.Today)
        {
            dateError = "The date by which it will change must be today or in the future";
        }

        if (dateError is not null)
        {
            Errors.Add((dateError, "#change-by-day"));
        }

        if (Errors.Count > 0)
        {
            StaffId = flag.StaffMemberId;
            Selected = await WorkloadView.LoadAsync(db, flag.StaffMemberId, Display.Today, cancellationToken);
            return Page();
        }

        flag.Response = response;
        flag.ChangeBy = by;
        flag.RespondedBy = user.DisplayName;
        flag.RespondedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/team/workload?teamId={TeamId}&staffId={flag.StaffMemberId}&responded=true#flags");
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await GenericPlans.UseForThisConnectionAsync(db, cancellationToken); // every statement here keeps its plan for any team
        var today = Display.Today;
        (Teams, TeamId, TeamName) = await ManagedTeams.ChooseAsync(db, user, TeamId, cancellationToken);
        if (TeamId is not { } teamId)
        {
            return Page();
        }

        var holders = await CaseHoldersOf.For(db)(db, teamId).ToListAsync(cancellationToken);
        var workloads = await WorkloadRecalculator.ReadAsync(db, holders, today, cancellationToken);
        var weekAgo = today.AddDays(-7);
        var recent = (await AllocatedSince.For(db)(db, holders, weekAgo).ToListAsync(cancellationToken)).ToDictionary(g => g.StaffMemberId, g => g.Count);
        var trends = await WorkloadView.TrendsAsync(db, holders, today, cancellationToken);
        Rows = workloads
            .Select(w => new Row(w, recent.GetValueOrDefault(w.StaffMemberId), WorkloadView.IsOverFourWeeks(trends.GetValueOrDefault(w.StaffMemberId) ?? [], w.Percent)))
            .OrderByDescending(r => r.Workload.Percent).ToList();
        TeamPercent = WorkloadCalculator.Aggregate(workloads.Select(w => (w.Result.TotalPoints, w.Result.AvailablePoints)));

        // Raise any flag now due, so the manager sees it the moment it applies (the daily run does the same).
        await WorkloadRecalculator.RaiseFlagsAsync(db, workloads, today, cancellationToken);
        Flags = await LatestFlags.For(db)(db, holders).ToListAsync(cancellationToken);
        Names = workloads.ToDictionary(w => w.StaffMemberId, w => w.Name);

        if (StaffId is { } staffId && holders.Contains(staffId))
        {
            Selected = await WorkloadView.LoadAsync(db, staffId, today, cancellationToken);
        }

        return Page();
    }
}
