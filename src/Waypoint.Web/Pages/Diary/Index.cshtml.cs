using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Diary;

/// <summary>
/// The practitioner's diary, a day or a week, with what needs doing about appointments: outcomes not recorded, absences
/// whose evidence window is open or closed (decide now), replies from people, and decisions returned by the manager.
/// </summary>
public class IndexModel(WaypointDbContext db, AppointmentReader reader, CurrentUser user, CaseAccessService access, TimeProvider clock) : PageModel
{
    public sealed record ReplyRow(int AppointmentId, string Crn, string Name, ReplyKind Kind, ReplyChannel Via, string? Text, DateTime ReceivedAt, DateTime AppointmentStart);

    public sealed record ReturnedRow(int DecisionId, string Crn, string Name, string Reasoning);

    public sealed record InductionRow(string Crn, string Name, InductionStatus Status);

    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }

    public bool Week => View != "day";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public List<AppointmentRow> Appointments { get; private set; } = [];
    public List<AppointmentRow> Outstanding { get; private set; } = [];
    public List<ReplyRow> Replies { get; private set; } = [];
    public List<ReturnedRow> Returned { get; private set; } = [];
    public List<InductionRow> Inductions { get; private set; } = [];
    public DateTime Now { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        Now = clock.GetUtcNow().UtcDateTime;
        Today = UkClock.Today(Now);
        var anchor = DateOnly.TryParseExact(Date, "yyyy-MM-dd", out var parsed) ? parsed : Today;
        From = Week ? anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7)) : anchor;
        To = Week ? From.AddDays(7) : From.AddDays(1);
        var appointments = await reader.DiaryAsync(staffId, UkClock.ToUtc(From, TimeOnly.MinValue), UkClock.ToUtc(To, TimeOnly.MinValue), cancellationToken);
        var outstanding = await reader.NeedingActionAsync(staffId, Now, cancellationToken);
        var replies = await db.AppointmentReplies.AsNoTracking().Where(r => r.HandledAt == null)
            .Join(db.Appointments.Where(a => a.StaffMemberId == staffId), r => r.AppointmentId, a => a.Id, (r, a) => new { r, a })
            .OrderBy(x => x.r.ReceivedAt)
            .Select(x => new { x.r.AppointmentId, x.a.Person.Crn, Name = x.a.Person.FirstName + " " + x.a.Person.LastName, x.r.Kind, x.r.Via, x.r.Text, x.r.ReceivedAt, x.a.Start, x.a.PersonId, Limited = x.a.Person.HasExclusions || x.a.Person.HasRestrictions })
            .Take(100).ToListAsync(cancellationToken);
        var returned = await db.EnforcementDecisions.AsNoTracking()
            .Where(d => d.DecidedByStaffMemberId == staffId && d.Status == DecisionStatus.Returned)
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new { d.Id, p.Crn, Name = p.FirstName + " " + p.LastName, d.CountersignReasoning, PersonId = p.Id, Limited = p.HasExclusions || p.HasRestrictions })
            .OrderBy(x => x.Id).Take(100).ToListAsync(cancellationToken);

        var inductions = (await Data.Oversight.PractitionerWeek.InductionsToBookAsync(db, staffId, Today, cancellationToken))
            .Select(i => new { i.PersonId, Limited = i.LimitedAccess, Row = new InductionRow(i.Crn, i.Name, i.Status) }).ToList();

        var hidden = await access.HiddenAmongAsync(
            appointments.Concat(outstanding).Select(a => (a.PersonId, a.LimitedAccess))
                .Concat(replies.Select(r => (r.PersonId, r.Limited)))
                .Concat(returned.Select(r => (r.PersonId, r.Limited)))
                .Concat(inductions.Select(i => (i.PersonId, i.Limited))), cancellationToken);
        Inductions = inductions.Where(i => !hidden.Contains(i.PersonId)).Select(i => i.Row).OrderBy(i => i.Status.DueBy).ToList();
        Appointments = appointments.Where(a => !hidden.Contains(a.PersonId)).ToList();
        Outstanding = outstanding.Where(a => !hidden.Contains(a.PersonId)).ToList();
        Replies = replies.Where(r => !hidden.Contains(r.PersonId)).Select(r => new ReplyRow(r.AppointmentId, r.Crn, r.Name, r.Kind, r.Via, r.Text, r.ReceivedAt, r.Start)).ToList();
        Returned = returned.Where(r => !hidden.Contains(r.PersonId)).Select(r => new ReturnedRow(r.Id, r.Crn, r.Name, r.CountersignReasoning ?? "")).ToList();
        return Page();
    }
}
