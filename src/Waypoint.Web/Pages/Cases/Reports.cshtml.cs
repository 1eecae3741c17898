using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Pre-sentence reports for the person: who is writing one, for which court, by when; completing one puts it in the
/// author's workload for 30 days (recalculated at once) and makes the author continuity for allocation.
/// </summary>
public class ReportsModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Court reports";

    public sealed record Row(CourtReport Report, string Author);

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Court { get; set; }
    [BindProperty] public string? AuthorId { get; set; }
    [BindProperty] public DateParts RequestedOn { get; set; } = new();
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public int ReportId { get; set; }
    [BindProperty] public DateParts CompletedOn { get; set; } = new();
    [BindProperty] public string? Proposal { get; set; }

    public List<Row> Reports { get; private set; } = [];
    public List<(int Id, string Name)> Staff { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;
    public bool MayRecord => MayChange && (User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        RequestedOn = DateParts.From(Display.Today);
        AuthorId = user.StaffMemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        ReportType? type = Enum.TryParse<ReportType>(Type, out var t) && Enum.IsDefined(t) ? t : null;
        if (type is null)
        {
            Errors.Add(("Select the kind of report", "#type"));
        }

        if (string.IsNullOrWhiteSpace(Court) || Court.Trim().Length > 120)
        {
            Errors.Add((string.IsNullOrWhiteSpace(Court) ? "Enter the court" : "The court must be 120 characters or fewer", "#court"));
        }

        int? authorId = int.TryParse(AuthorId, out var a) && Staff.Any(s => s.Id == a) ? a : null;
        if (authorId is null)
        {
            Errors.Add(("Select who is writing the report", "#author"));
        }

        var requested = RequestedOn.TryGetDate("the date it was requested", out var requestedError);
        if (requestedError is null && requested > Display.Today)
        {
            requestedError = "The date it was requested must be today or in the past";
        }

        if (requestedError is not null)
        {
            Errors.Add((requestedError, "#requested-day"));
        }

        var due = DueOn.TryGetDate("the date it is due", out var dueError);
        if (dueError is null && requested is { } r && due < r)
        {
            dueError = "The due date must be on or after the date it was requested";
        }

        if (dueError is not null)
        {
            Errors.Add((dueError, "#due-day"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.CourtReports.Add(new CourtReport
        {
            PersonId = Case.Id, StaffMemberId = authorId!.Value, Type = type!.Value, Court = Court!.Trim(), RequestedOn = requested!.Value, DueOn = due!.Value,
            CreatedBy = user.DisplayName, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/reports");
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        var report = await db.CourtReports.AsTracking().SingleOrDefaultAsync(x => x.Id == ReportId && x.PersonId == Case.Id, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var completed = CompletedOn.TryGetDate("the date it was completed", out var error);
        if (error is null && (completed > Display.Today || completed < report.RequestedOn))
        {
            error = "The completion date must be between the request date and today";
        }

        if (Proposal?.Trim().Length > 2000)
        {
            error ??= "The proposal must be 2000 characters or fewer";
        }

        if (error is not null || report.CompletedOn is not null)
        {
            Errors.Add((error ?? "This report is already completed", $"#completed-{report.Id}-day"));
            return Page();
        }

        report.CompletedOn = completed;
        report.Proposal = string.IsNullOrWhiteSpace(Proposal) ? null : Proposal.Trim();
        await db.SaveChangesAsync(cancellationToken);
        await WorkloadRecalculator.RecalculateAsync(db, [report.StaffMemberId], Display.Today, cancellationToken);
        return Redirect($"/cases/{Case.Crn}/reports");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var reports = await db.CourtReports.AsNoTracking().Where(r => r.PersonId == Case.Id).OrderByDescending(r => r.RequestedOn).ToListAsync(cancellationToken);
        var authorIds = reports.Select(r => r.StaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => authorIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, cancellationToken);
        Reports = reports.Select(r => new Row(r, names.GetValueOrDefault(r.StaffMemberId, "Unknown"))).ToList();
        var teamId = Case.ResponsibleTeamId ?? user.TeamId;
        Staff = (await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && (s.TeamId == teamId || s.Id == user.StaffMemberId))
                .OrderBy(s => s.LastName).Select(s => new { s.Id, s.FirstName, s.LastName }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, $"{s.FirstName} {s.LastName}")).ToList();
    }
}
