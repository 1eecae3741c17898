using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Allocations;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>
/// Absences and cover for the team manager: record who is away, see each absent practitioner's due work, and assign a
/// colleague to cover a case for the absence (or reallocate it from the allocation pages).
/// </summary>
public class CoverModel(WaypointDbContext db, CurrentUser user, CaseAccessService access) : PageModel
{
    public List<AbsentPractitioner> Board { get; private set; } = [];

    public List<(int Id, string Name)> Staff { get; private set; } = [];

    public List<(string Name, StaffAbsence Absence)> Absences { get; private set; } = [];

    public HashSet<int> Hidden { get; private set; } = [];

    public sealed record TemporaryRow(int ReturnsTo, string Crn, string Holder, DateOnly Until);

    public List<TemporaryRow> Temporary { get; private set; } = [];

    [BindProperty]
    public int? AbsentStaffId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public DateParts To { get; set; } = new();

    [BindProperty]
    public int PersonId { get; set; }

    [BindProperty]
    public int? CoveringStaffId { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAbsenceAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (AbsentStaffId is not { } staffId || Staff.All(s => s.Id != staffId))
        {
            Errors.Add(("Select who is away", "#absent-staff"));
        }

        if (!Enum.TryParse<AbsenceKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            Errors.Add(("Select leave, sickness or training", "#kind"));
        }

        var from = From.TryGetDate("the first day away", out var fromError);
        if (fromError is not null)
        {
            Errors.Add((fromError, "#from-day"));
        }

        var to = To.TryGetDate("the last day away", out var toError);
        if (toError is null && from is { } f && to < f)
        {
            toError = "The last day away must be on or after the first";
        }

        if (toError is not null)
        {
            Errors.Add((toError, "#to-day"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.StaffAbsences.Add(new StaffAbsence { StaffMemberId = AbsentStaffId!.Value, Kind = kind, From = from!.Value, To = to!.Value, CreatedBy = user.Name, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/team/cover?saved=absence");
    }

    public async Task<IActionResult> OnPostCoverAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var absent = Board.FirstOrDefault(b => b.Items.Any(i => i.PersonId == PersonId));
        if (absent is null || Hidden.Contains(PersonId))
        {
            return NotFound();
        }

        if (CoveringStaffId is not { } covering || Staff.All(s => s.Id != covering) || Board.Any(b => b.StaffMemberId == covering))
        {
            Errors.Add(("Select a colleague who is at work to cover the case", $"#cover-{PersonId}"));
            return Page();
        }

        db.CoverAssignments.Add(new CoverAssignment
        {
            PersonId = PersonId, AbsentStaffMemberId = absent.StaffMemberId, CoveringStaffMemberId = covering, From = Display.Today, To = absent.To,
            AssignedBy = user.Name, AssignedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/team/cover?saved=cover");
    }

    public async Task<IActionResult> OnPostTemporaryAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var absent = Board.FirstOrDefault(b => b.Items.Any(i => i.PersonId == PersonId));
        if (absent is null || Hidden.Contains(PersonId) || user.StaffMemberId is not { } managerId)
        {
            return NotFound();
        }

        if (CoveringStaffId is not { } covering || Staff.All(s => s.Id != covering) || Board.Any(b => b.StaffMemberId == covering))
        {
            Errors.Add(("Select a colleague who is at work to take the case", $"#cover-{PersonId}"));
            return Page();
        }

        var responsible = await db.People.Where(p => p.Id == PersonId).Select(p => p.ResponsibleStaffMemberId).SingleAsync(cancellationToken);
        if (responsible != absent.StaffMemberId)
        {
            Errors.Add(("This case is no longer with the absent practitioner", $"#cover-{PersonId}"));
            return Page();
        }

        await AllocationService.ReallocateTemporarilyAsync(db, PersonId, covering, absent.To, managerId, user.DisplayName, DateTime.UtcNow, cancellationToken);
        return Redirect("/team/cover?saved=temporary");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (user.TeamId is not { } teamId)
        {
            return;
        }

        var today = Display.Today;
        Staff = (await db.StaffMembers.AsNoTracking().Where(s => s.TeamId == teamId && s.IsActive && (s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip))
                .OrderBy(s => s.LastName).Select(s => new { s.Id, Name = s.FirstName + " " + s.LastName }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
        var ids = Staff.Select(s => s.Id).ToList();
        Absences = (await db.StaffAbsences.AsNoTracking().Where(a => ids.Contains(a.StaffMemberId) && a.To >= today).OrderBy(a => a.From).ToListAsync(cancellationToken))
            .Select(a => (Staff.First(s => s.Id == a.StaffMemberId).Name, a)).ToList();
        Board = await CoverBoard.ReadAsync(db, teamId, today, cancellationToken);
        var absentIds = Board.Select(b => b.StaffMemberId).ToList();
        Temporary = await db.Allocations.AsNoTracking()
            .Where(a => a.To == null && a.ReturnsToStaffMemberId != null && absentIds.Contains(a.ReturnsToStaffMemberId.Value))
            .Select(a => new TemporaryRow(a.ReturnsToStaffMemberId!.Value, db.People.Where(p => p.Id == a.PersonId).Select(p => p.Crn).First(),
                a.StaffMember.FirstName + " " + a.StaffMember.LastName, a.TemporaryUntil!.Value))
            .ToListAsync(cancellationToken);
        Hidden = (await access.HiddenAmongAsync(Board.SelectMany(b => b.Items).Select(i => (i.PersonId, i.LimitedAccess)).Distinct(), cancellationToken)).ToHashSet();
    }
}
