using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Appointments;

/// <summary>
/// Records an outcome in one step. An absence can be judged unacceptable only with evidence the person was told;
/// without it the page refuses and says why. An absence with no explanation yet opens the evidence window.
/// </summary>
public class OutcomeModel(CaseAccessService access, WaypointDbContext db, AppointmentService appointments, CurrentUser user, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Record appointment outcome";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Judgement { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public Appointment Appointment { get; private set; } = null!;
    public NotificationEvidenceResult Evidence { get; private set; } = null!;
    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync(cancellationToken) is { } problem)
        {
            return problem;
        }

        if (Appointment.Outcome == AppointmentOutcome.DidNotAttend)
        {
            Outcome = nameof(AppointmentOutcome.DidNotAttend);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync(cancellationToken) is { } problem)
        {
            return problem;
        }

        AppointmentOutcome? outcome = Enum.TryParse<AppointmentOutcome>(Outcome, out var o) && Enum.IsDefined(o) ? o : null;
        AbsenceJudgement? judgement = Enum.TryParse<AbsenceJudgement>(Judgement, out var j) && Enum.IsDefined(j) ? j : null;
        AbsenceReason? reason = Enum.TryParse<AbsenceReason>(Reason, out var r) && Enum.IsDefined(r) ? r : null;
        if (outcome is null)
        {
            Errors.Add(("Select what happened", "#outcome"));
            return Page();
        }

        if (outcome == AppointmentOutcome.DidNotAttend && judgement is null)
        {
            Errors.Add(("Select whether the absence is acceptable, unacceptable, or waiting for an explanation", "#judgement"));
            return Page();
        }

        if (outcome != AppointmentOutcome.DidNotAttend)
        {
            (judgement, reason) = (null, null);
        }

        if (Notes?.Trim().Length > Data.Configurations.AppointmentConfiguration.TextMaxLength)
        {
            Errors.Add(("Notes must be 2000 characters or fewer", "#notes"));
            return Page();
        }

        string? error;
        try
        {
            error = await appointments.RecordOutcomeAsync(Appointment, new OutcomeRequest(outcome.Value, judgement, reason, Notes), user.DisplayName, user.StaffMemberId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            error = "Someone else recorded an outcome for this appointment while you were. Check it and try again.";
        }

        if (error is not null)
        {
            Errors.Add((error, judgement == AbsenceJudgement.Unacceptable ? "#judgement" : error.StartsWith("Select the reason", StringComparison.Ordinal) || error.Contains("explanation", StringComparison.Ordinal) ? "#reason" : "#outcome"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/appointments/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!MayChange)
        {
            return Forbid();
        }

        var appointment = await db.Appointments.AsTracking().SingleOrDefaultAsync(a => a.Id == Id && a.PersonId == Case.Id, cancellationToken);
        if (appointment is null)
        {
            return NotFound();
        }

        Appointment = appointment;
        Evidence = await appointments.EvidenceAsync(appointment, cancellationToken);
        if (appointment.Start > clock.GetUtcNow().UtcDateTime || appointment.Status != AppointmentStatus.Booked
            || (appointment.Outcome is not null && appointment.AbsenceJudgement != AbsenceJudgement.AwaitingExplanation))
        {
            return Redirect($"/cases/{Case.Crn}/appointments/{Id}");
        }

        return null;
    }
}
