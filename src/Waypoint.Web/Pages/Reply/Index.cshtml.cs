using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;

namespace Waypoint.Web.Pages.Reply;

/// <summary>
/// The one-time link in every appointment message. No account is needed and the page shows only the appointment
/// (what, when, where): no name, no case reference. The person confirms, asks to rearrange or explains an absence;
/// the reply lands on the practitioner's list and the link stops working.
/// </summary>
public class IndexModel(WaypointDbContext db, TimeProvider clock) : PageModel
{
    public const int TextMaxLength = 1000;

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public string? Message { get; set; }

    public string? What { get; private set; }
    public string? When { get; private set; }
    public string? Where { get; private set; }
    public bool Missed { get; private set; }
    public bool Done { get; private set; }
    public bool Expired { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (link, appointment) = await FindAsync(cancellationToken);
        if (link is null || appointment is null)
        {
            return Gone();
        }

        Describe(appointment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (link, appointment) = await FindAsync(cancellationToken);
        if (link is null || appointment is null)
        {
            return Gone();
        }

        Describe(appointment);
        ReplyKind? kind = Answer switch
        {
            "confirm" when !Missed => ReplyKind.Confirm,
            "rearrange" when !Missed => ReplyKind.Rearrange,
            "explain" when Missed => ReplyKind.Other,
            _ => null,
        };
        var text = Message?.Trim();
        if (kind is null)
        {
            Error = Missed ? "Tell us why you missed the appointment" : "Select whether you can come";
            return Page();
        }

        if (text?.Length > TextMaxLength || (kind == ReplyKind.Other && string.IsNullOrEmpty(text)))
        {
            Error = text?.Length > TextMaxLength ? $"Your message must be {TextMaxLength} characters or fewer" : "Tell us why you missed the appointment";
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        link.UsedAt = now;
        db.AppointmentReplies.Add(new AppointmentReply
        {
            AppointmentId = appointment.Id,
            PersonId = appointment.PersonId,
            Kind = kind.Value,
            Via = ReplyChannel.Link,
            Text = string.IsNullOrEmpty(text) ? null : text,
            ReceivedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        Done = true;
        return Page();
    }

    private async Task<(AppointmentLink? Link, Appointment? Appointment)> FindAsync(CancellationToken cancellationToken)
    {
        if (Token.Length is < 16 or > 64)
        {
            return (null, null);
        }

        var hash = AppointmentService.HashToken(Token);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.AppointmentLinks.AsTracking().SingleOrDefaultAsync(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now, cancellationToken);
        if (link is null)
        {
            return (null, null);
        }

        var appointment = await db.Appointments.AsNoTracking().Include(a => a.OfficeLocation)
            .SingleOrDefaultAsync(a => a.Id == link.AppointmentId && a.Status == AppointmentStatus.Booked, cancellationToken);
        return (link, appointment);
    }

    private void Describe(Appointment appointment)
    {
        What = Domain.Notifications.AppointmentMessages.TypeWords(appointment.Type);
        When = $"{Words.When(UkClock.ToUk(appointment.Start))} until {BookingChecks.Clock(UkClock.ToUk(appointment.End))}";
        Where = AppointmentService.PlaceWords(appointment.LocationKind, appointment.OfficeLocation);
        Missed = appointment.Start <= clock.GetUtcNow().UtcDateTime;
    }

    private IActionResult Gone()
    {
        Expired = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
