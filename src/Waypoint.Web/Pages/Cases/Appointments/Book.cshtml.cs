using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Appointments;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Appointments;

/// <summary>
/// Books an appointment, or moves one (?rearrange=id). Clashes, office hours, bank and service holidays and the
/// person's recorded work or caring hours are warned about first; the practitioner may go ahead with a reason. The
/// appointment and the messages telling the person are committed together.
/// </summary>
public class BookModel(CaseAccessService access, WaypointDbContext db, AppointmentService appointments, CurrentUser user, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Book appointment";

    [BindProperty(SupportsGet = true)]
    public int? Rearrange { get; set; }

    [BindProperty] public string? Type { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? StartTime { get; set; }
    [BindProperty] public string? EndTime { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? OfficeId { get; set; }
    [BindProperty] public string? StaffId { get; set; }
    [BindProperty] public string? CountsTowards { get; set; }
    [BindProperty] public string? WhatToBring { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public string? ChangeReason { get; set; }
    [BindProperty] public bool AddressConfirmed { get; set; }
    /// <summary>Set once the warnings have been shown, so the next submission may go ahead with a reason.</summary>
    [BindProperty] public bool WarningsShown { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];
    public IReadOnlyList<BookingWarning> Warnings { get; private set; } = [];
    public List<OfficeLocation> Offices { get; private set; } = [];
    public List<(int Id, string Name)> Staff { get; private set; } = [];
    public List<(string Value, string Text)> Towards { get; private set; } = [];
    public NotificationRoute? Route { get; private set; }
    public Appointment? Moving { get; private set; }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        if (Moving is { } moving)
        {
            Type = moving.Type.ToString();
            Location = moving.LocationKind.ToString();
            OfficeId = moving.OfficeLocationId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            StaffId = moving.StaffMemberId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            CountsTowards = moving.RequirementId is { } r ? $"R{r}" : moving.LicenceConditionId is { } l ? $"L{l}" : "";
            WhatToBring = moving.WhatToBring;
            var local = Display.ToUk(moving.Start);
            StartTime = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            EndTime = Display.ToUk(moving.End).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            Type = Enum.TryParse<AppointmentType>(Request.Query["type"], out var asked) && Enum.IsDefined(asked) ? asked.ToString() : nameof(AppointmentType.Supervision);
            Location = nameof(AppointmentLocationKind.Office);
            OfficeId = Offices.FirstOrDefault()?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            StaffId = (Case.ResponsibleStaffMemberId ?? user.StaffMemberId)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

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

        if (await LoadAsync(cancellationToken) is { } missing)
        {
            return missing;
        }

        var request = Validate();
        if (request is null)
        {
            WarningsShown = false;
            return Page();
        }

        var rules = BookingRules.Default with { ServiceHolidays = await appointments.ServiceHolidaysAsync(cancellationToken) };
        Warnings = await appointments.CheckAsync(Case.Id, request, rules, Moving?.Id, cancellationToken);
        if (Warnings.Count > 0)
        {
            if (!WarningsShown)
            {
                WarningsShown = true;
                return Page();
            }

            if (string.IsNullOrWhiteSpace(OverrideReason))
            {
                Errors.Add(("Give the reason for booking despite the warnings", "#override-reason"));
                return Page();
            }
        }
        else
        {
            request = request with { WarningsOverrideReason = null };
        }

        try
        {
            if (Moving is { } moving)
            {
                await appointments.RearrangeAsync(moving, request, ChangeReason!.Trim(), user.DisplayName, AddressConfirmed, cancellationToken);
            }
            else
            {
                await appointments.BookAsync(Case.Id, request, user.DisplayName, AddressConfirmed, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else changed this appointment while you were moving it. Check it and try again.", "#date-day"));
            return Page();
        }
        catch (AppointmentException ex)
        {
            Errors.Add((ex.Message, "#date-day"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/appointments?booked=true");
    }

    private AppointmentRequest? Validate()
    {
        AppointmentType? type = null;
        if (string.IsNullOrEmpty(Type))
        {
            Errors.Add(("Select the type of appointment", "#type"));
        }
        else if (Enum.TryParse<AppointmentType>(Type, out var t) && Enum.IsDefined(t))
        {
            type = t;
        }
        else
        {
            Errors.Add(("Select the type of appointment", "#type"));
        }

        var date = Date.TryGetDate("the date", out var dateError);
        if (dateError is null && date < UkClock.Today(clock.GetUtcNow().UtcDateTime) && Moving is null)
        {
            dateError = "The date must be today or in the future";
        }

        if (dateError is not null)
        {
            Errors.Add((dateError, "#date-day"));
        }

        var startOk = AppointmentDisplay.TryParseTime(StartTime, out var start);
        if (!startOk)
        {
            Errors.Add((string.IsNullOrWhiteSpace(StartTime) ? "Enter the start time" : "Enter the start time like 10:30 or 2:15pm", "#start-time"));
        }

        var endOk = AppointmentDisplay.TryParseTime(EndTime, out var end);
        if (!endOk)
        {
            Errors.Add((string.IsNullOrWhiteSpace(EndTime) ? "Enter the end time" : "Enter the end time like 11:30 or 3pm", "#end-time"));
        }
        else if (startOk && end <= start)
        {
            Errors.Add(("The end time must be after the start time", "#end-time"));
        }

        AppointmentLocationKind? location = Enum.TryParse<AppointmentLocationKind>(Location, out var l) && Enum.IsDefined(l) ? l : null;
        int? officeId = null;
        if (location is null)
        {
            Errors.Add(("Select where the appointment is", "#location"));
        }
        else if (location == AppointmentLocationKind.Office)
        {
            officeId = int.TryParse(OfficeId, out var o) && Offices.Any(x => x.Id == o) ? o : null;
            if (officeId is null)
            {
                Errors.Add(("Select the office", "#office"));
            }
        }

        int? staffId = int.TryParse(StaffId, out var s) && Staff.Any(x => x.Id == s) ? s : null;
        if (staffId is null)
        {
            Errors.Add(("Select who the person will see", "#staff"));
        }

        int? requirementId = null, conditionId = null;
        if (!string.IsNullOrEmpty(CountsTowards))
        {
            if (Towards.All(x => x.Value != CountsTowards))
            {
                Errors.Add(("Select a requirement or licence condition from the list", "#counts-towards"));
            }
            else if (CountsTowards[0] == 'R')
            {
                requirementId = int.Parse(CountsTowards[1..], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                conditionId = int.Parse(CountsTowards[1..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (WhatToBring?.Trim().Length > 300)
        {
            Errors.Add(("What to bring must be 300 characters or fewer", "#what-to-bring"));
        }

        if (Notes?.Trim().Length > AppointmentConfiguration.TextMaxLength || OverrideReason?.Trim().Length > AppointmentConfiguration.TextMaxLength)
        {
            Errors.Add(($"Notes and reasons must be {AppointmentConfiguration.TextMaxLength} characters or fewer", "#notes"));
        }

        if (Moving is not null && string.IsNullOrWhiteSpace(ChangeReason))
        {
            Errors.Add(("Give the reason for moving the appointment", "#change-reason"));
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new AppointmentRequest(type!.Value, date!.Value.ToDateTime(start), date.Value.ToDateTime(end), location!.Value, officeId, staffId!.Value,
            requirementId, conditionId, WhatToBring, Notes, OverrideReason);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (Rearrange is { } id)
        {
            Moving = await db.Appointments.AsTracking().SingleOrDefaultAsync(a => a.Id == id && a.PersonId == Case.Id, cancellationToken);
            if (Moving is null)
            {
                return NotFound();
            }
        }

        var pduId = Case.ResponsiblePduId ?? user.PduId;
        Offices = await db.OfficeLocations.AsNoTracking().Where(o => o.IsActive && (pduId == null || o.PduId == pduId)).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var teamId = Case.ResponsibleTeamId ?? user.TeamId;
        Staff = (await db.StaffMembers.AsNoTracking()
                .Where(s => s.IsActive && (s.TeamId == teamId || s.Id == user.StaffMemberId || s.Id == Case.ResponsibleStaffMemberId))
                .OrderBy(s => s.LastName).ThenBy(s => s.FirstName)
                .Select(s => new { s.Id, s.FirstName, s.LastName }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, $"{s.FirstName} {s.LastName}")).ToList();
        var sentences = await db.Sentences.AsNoTracking()
            .Where(s => s.Event.PersonId == Case.Id && s.Event.IsActive && s.TerminatedOn == null)
            .Select(s => new
            {
                Requirements = s.Requirements.Where(r => r.Status == Domain.Sentencing.RequirementStatus.Active || r.Status == Domain.Sentencing.RequirementStatus.NotStarted).Select(r => new { r.Id, r.Type, r.Details }).ToList(),
                Conditions = s.LicenceConditions.Select(c => new { c.Id, c.Description }).ToList(),
            }).ToListAsync(cancellationToken);
        Towards = sentences.SelectMany(s => s.Requirements.Select(r => ($"R{r.Id}", $"Requirement: {Display.Words(r.Type)}{(r.Details is { Length: > 0 } d ? $" ({d})" : "")}"))
                .Concat(s.Conditions.Select(c => ($"L{c.Id}", $"Licence condition: {c.Description}"))))
            .ToList();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
        Route = AppointmentService.RouteFor(person, await appointments.CurrentAddressAsync(Case.Id, cancellationToken));
        return null;
    }
}
