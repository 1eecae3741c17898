using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Appointments;

/// <summary>One appointment: its details, the full notification record (every message and attempt), the person's replies, the outcome and what can be done next.</summary>
public class AppointmentModel(CaseAccessService access, WaypointDbContext db, AppointmentReader reader, AppointmentService appointments, CurrentUser user, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Appointment";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty] public string? CancelReason { get; set; }
    [BindProperty] public bool TellPerson { get; set; }
    [BindProperty] public int ReplyId { get; set; }

    public AppointmentRow Row { get; private set; } = null!;
    public Appointment Appointment { get; private set; } = null!;
    public List<(OutboxMessage Message, List<OutboxAttempt> Attempts)> Messages { get; private set; } = [];
    public List<AppointmentReply> Replies { get; private set; } = [];
    public List<EnforcementDecision> Decisions { get; private set; } = [];
    public DateTime Now { get; private set; }
    public string CountsTowards { get; private set; } = "Nothing in particular";
    public string? CancelError { get; private set; }
    public bool MayManage => MayChange && (User.IsInRole(Data.Roles.Practitioner) || User.IsInRole(Data.Roles.SeniorProbationOfficer) || User.IsInRole(Data.Roles.HeadOfPdu));

    /// <summary>An enforcement decision is due: an unacceptable absence or a failure to comply, with no decision in force yet.</summary>
    public bool EnforcementDue => (Appointment.AbsenceJudgement == AbsenceJudgement.Unacceptable || Appointment.Outcome == AppointmentOutcome.AttendedFailedToComply)
                                  && !Decisions.Any(d => d.Status is DecisionStatus.InForce or DecisionStatus.AwaitingCountersignature);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (!MayManage)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(CancelReason) || CancelReason.Trim().Length > Data.Configurations.AppointmentConfiguration.TextMaxLength)
        {
            CancelError = string.IsNullOrWhiteSpace(CancelReason) ? "Give the reason for cancelling" : "The reason must be 2000 characters or fewer";
            return Page();
        }

        try
        {
            await appointments.CancelAsync(Appointment, CancelReason.Trim(), TellPerson, false, cancellationToken);
        }
        catch (AppointmentException ex)
        {
            CancelError = ex.Message;
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/appointments?cancelled=true");
    }

    public async Task<IActionResult> OnPostToldInPersonAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (!MayManage)
        {
            return Forbid();
        }

        if (Appointment.Start <= Now)
        {
            return BadRequest();
        }

        await appointments.RecordToldInPersonAsync(Appointment, Now, user.DisplayName, cancellationToken);
        return Redirect($"/cases/{Case.Crn}/appointments/{Id}");
    }

    public async Task<IActionResult> OnPostHandleReplyAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayManage)
        {
            return Forbid();
        }

        var reply = await db.AppointmentReplies.AsTracking().SingleOrDefaultAsync(r => r.Id == ReplyId && r.AppointmentId == Id && r.PersonId == Case.Id, cancellationToken);
        if (reply is null)
        {
            return NotFound();
        }

        if (reply.HandledAt is null)
        {
            reply.HandledAt = clock.GetUtcNow().UtcDateTime;
            reply.HandledBy = user.DisplayName;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/cases/{Case.Crn}/appointments/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var appointment = await db.Appointments.AsTracking().SingleOrDefaultAsync(a => a.Id == Id && a.PersonId == Case.Id, cancellationToken);
        if (appointment is null)
        {
            return NotFound();
        }

        Appointment = appointment;
        Row = (await reader.ByIdAsync(Id, cancellationToken)).Single();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.AppointmentId == Id).OrderBy(m => m.NotBefore).ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var attempts = (await db.OutboxAttempts.AsNoTracking().Where(a => ids.Contains(a.MessageId)).OrderBy(a => a.At).ToListAsync(cancellationToken)).ToLookup(a => a.MessageId);
        Messages = messages.Select(m => (m, attempts[m.Id].ToList())).ToList();
        Replies = await db.AppointmentReplies.AsNoTracking().Where(r => r.AppointmentId == Id).OrderBy(r => r.ReceivedAt).ToListAsync(cancellationToken);
        Decisions = await db.EnforcementDecisions.AsNoTracking().Where(d => d.AppointmentId == Id).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        if (appointment.RequirementId is { } requirementId)
        {
            var requirement = await db.Requirements.AsNoTracking().Where(r => r.Id == requirementId).Select(r => new { r.Type, r.Details }).SingleOrDefaultAsync(cancellationToken);
            CountsTowards = requirement is null ? CountsTowards : $"Requirement: {Infrastructure.Display.Words(requirement.Type)}{(requirement.Details is { Length: > 0 } d ? $" ({d})" : "")}";
        }
        else if (appointment.LicenceConditionId is { } conditionId)
        {
            CountsTowards = await db.LicenceConditions.AsNoTracking().Where(c => c.Id == conditionId).Select(c => "Licence condition: " + c.Description).SingleOrDefaultAsync(cancellationToken) ?? CountsTowards;
        }

        return null;
    }
}
