using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Web.Infrastructure.Appointments;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases.Appointments;

/// <summary>The person's weekly work, caring and education hours, which bookings warn about.</summary>
public class CommitmentsModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    protected override string AuditWhat => "Work and caring hours";

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public int RemoveId { get; set; }

    public List<PersonCommitment> Commitments { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        CommitmentKind? kind = Enum.TryParse<CommitmentKind>(Kind, out var k) && Enum.IsDefined(k) ? k : null;
        DayOfWeek? day = Enum.TryParse<DayOfWeek>(Day, out var d) && Enum.IsDefined(d) ? d : null;
        if (kind is null)
        {
            Errors.Add(("Select what the commitment is", "#kind"));
        }

        if (day is null)
        {
            Errors.Add(("Select the day", "#day"));
        }

        var fromOk = AppointmentDisplay.TryParseTime(From, out var from);
        var toOk = AppointmentDisplay.TryParseTime(To, out var to);
        if (!fromOk)
        {
            Errors.Add(("Enter the start time like 9am or 17:30", "#from"));
        }

        if (!toOk)
        {
            Errors.Add(("Enter the end time like 5pm or 22:00", "#to"));
        }
        else if (fromOk && to <= from)
        {
            Errors.Add(("The end time must be after the start time", "#to"));
        }

        if (Description?.Trim().Length > 200)
        {
            Errors.Add(("The description must be 200 characters or fewer", "#description"));
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.PersonCommitments.Add(new PersonCommitment { PersonId = Case.Id, Kind = kind!.Value, Day = day!.Value, From = from, To = to, Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/appointments/commitments");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var commitment = await db.PersonCommitments.AsTracking().SingleOrDefaultAsync(c => c.Id == RemoveId && c.PersonId == Case.Id, cancellationToken);
        if (commitment is not null)
        {
            db.PersonCommitments.Remove(commitment);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/cases/{Case.Crn}/appointments/commitments");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Commitments = (await db.PersonCommitments.AsNoTracking().Where(c => c.PersonId == Case.Id).ToListAsync(cancellationToken))
            .OrderBy(c => ((int)c.Day + 6) % 7).ThenBy(c => c.From).ToList();
}
