using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases.Appointments;

/// <summary>The person's appointments, future first then past, each with how they were told and its outcome; and the induction due.</summary>
public class IndexModel(CaseAccessService access, AppointmentReader reader, WaypointDbContext db, AppointmentService appointments, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Appointments";

    public List<AppointmentRow> Upcoming { get; private set; } = [];

    public List<AppointmentRow> Past { get; private set; } = [];

    public InductionStatus? Induction { get; private set; }

    public NotificationRoute? Route { get; private set; }

    public DateTime Now { get; private set; }

    public int OpenReplies { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Now = clock.GetUtcNow().UtcDateTime;
        var all = await reader.ForPersonAsync(Case.Id, cancellationToken);
        Upcoming = all.Where(a => a.Start > Now && a.Status == AppointmentStatus.Booked).OrderBy(a => a.Start).ToList();
        Past = all.Where(a => !(a.Start > Now && a.Status == AppointmentStatus.Booked)).ToList();
        Induction = await InductionAsync(all, cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
        Route = AppointmentService.RouteFor(person, await appointments.CurrentAddressAsync(Case.Id, cancellationToken));
        OpenReplies = await db.AppointmentReplies.CountAsync(r => r.PersonId == Case.Id && r.HandledAt == null, cancellationToken);
        return Page();
    }

    private async Task<InductionStatus?> InductionAsync(List<AppointmentRow> all, CancellationToken cancellationToken)
    {
        var sentence = await db.Sentences.AsNoTracking()
            .Where(s => s.Event.PersonId == Case.Id && s.Event.IsActive && s.TerminatedOn == null)
            .OrderByDescending(s => s.SentenceDate)
            .Select(s => new { s.Type, s.SentenceDate, s.ReleaseDate })
            .FirstOrDefaultAsync(cancellationToken);
        if (sentence is null)
        {
            return null;
        }

        var holidays = await appointments.ServiceHolidaysAsync(cancellationToken);
        var due = InductionRule.DueBy(sentence.Type, sentence.SentenceDate, sentence.ReleaseDate, holidays);
        var inductions = all.Where(a => a.Type == AppointmentType.Induction && a.Status == AppointmentStatus.Booked).ToList();
        var held = inductions.Any(a => a.Outcome is AppointmentOutcome.AttendedComplied or AppointmentOutcome.AttendedFailedToComply);
        var booked = inductions.Where(a => a.Outcome is null).OrderBy(a => a.Start).Select(a => (DateOnly?)UkClock.Today(a.Start)).FirstOrDefault();
        return InductionRule.Status(due, UkClock.Today(Now), booked, held);
    }
}
