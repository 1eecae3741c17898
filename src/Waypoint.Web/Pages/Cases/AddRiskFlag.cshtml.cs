using Microsoft.AspNetCore.Mvc;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Adds a risk flag (registration). A new flag is a significant event: the tier is recalculated at once and the
/// assessment review is brought forward.
/// </summary>
public class AddRiskFlagModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, Domain.Tiering.TierFrameworkPolicy policy) : CasePageModel(access)
{
    public const int NotesMaxLength = 2000;

    protected override string AuditWhat => "Add risk flag";

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? MappaCategory { get; set; }

    [BindProperty]
    public string? MappaLevel { get; set; }

    [BindProperty]
    public DateParts StartDate { get; set; } = new();

    [BindProperty]
    public DateParts ReviewDate { get; set; } = new();

    [BindProperty]
    public string? Notes { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

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

        StartDate = DateParts.From(Display.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        RegistrationType? type = null;
        if (string.IsNullOrEmpty(Type))
        {
            Errors.Add(("Select the kind of risk flag", "#type"));
        }
        else if (!Enum.TryParse<RegistrationType>(Type, out var parsed) || !Enum.IsDefined(parsed))
        {
            return BadRequest();
        }
        else
        {
            type = parsed;
        }

        int? category = int.TryParse(MappaCategory, out var c) ? c : null;
        int? level = int.TryParse(MappaLevel, out var l) ? l : null;
        if (type == RegistrationType.Mappa && !RegistrationNames.IsValidMappa(type.Value, category, level))
        {
            Errors.Add(("Select the MAPPA category and level", "#mappa-category"));
        }
        else if (type is not null and not RegistrationType.Mappa)
        {
            (category, level) = (null, null);
        }

        var start = StartDate.TryGetDate("the start date", out var startError);
        if (startError is null && start > Display.Today)
        {
            startError = "The start date must be today or in the past";
        }

        if (startError is not null)
        {
            Errors.Add((startError, "#start-date-day"));
        }

        DateOnly? review = null;
        if (!ReviewDate.IsEmpty)
        {
            review = ReviewDate.TryGetDate("the next review date", out var reviewError);
            if (reviewError is null && start is { } s && review <= s)
            {
                reviewError = "The next review date must be after the start date";
            }

            if (reviewError is not null)
            {
                Errors.Add((reviewError, "#review-date-day"));
            }
        }

        var notes = Notes?.Trim();
        if (notes?.Length > NotesMaxLength)
        {
            Errors.Add(($"Notes must be {NotesMaxLength} characters or fewer", "#notes"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.Registrations.Add(new Registration
        {
            PersonId = Case.Id,
            Type = type!.Value,
            MappaCategory = category,
            MappaLevel = level,
            StartDate = start!.Value,
            NextReviewDate = review,
            Notes = string.IsNullOrEmpty(notes) ? null : notes,
            AddedByStaffMemberId = staffId,
        });
        await db.SaveChangesAsync(cancellationToken);
        var name = RegistrationNames.Describe(type.Value, category, level);
        await TierRecalculator.RecalculateAsync(db, Case.Id, $"Risk flag added: {name}", DateTime.UtcNow, cancellationToken, policy);
        await AssessmentWorkflow.FlagSignificantEventAsync(db, Case.Id, $"new registration ({name})", Display.Today, cancellationToken);
        return Redirect($"/cases/{Case.Crn}/risk-flags?added=true");
    }
}
