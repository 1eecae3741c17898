using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Assessments;

/// <summary>
/// The sentence plan written with the person: objectives in their own words, the actions, who does what and by when.
/// Objectives are added while the assessment is a draft; progress is recorded at any time afterwards.
/// </summary>
public class SentencePlanModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    protected override string AuditWhat => "Sentence plan";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public AssessmentStatus Status { get; private set; }

    public List<SentencePlanObjective> Objectives { get; private set; } = [];

    [BindProperty]
    public ObjectiveInput Input { get; set; } = new();

    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public bool MayWrite => MayChange && (User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu));

    public bool MayAdd => MayWrite && Status == AssessmentStatus.Draft;

    public static readonly IReadOnlyList<(ObjectiveProgress Value, string Text)> ProgressOptions =
        [(ObjectiveProgress.NotStarted, "Not started"), (ObjectiveProgress.InProgress, "In progress"), (ObjectiveProgress.Achieved, "Achieved"), (ObjectiveProgress.NoLongerNeeded, "No longer needed")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayAdd)
        {
            return Forbid();
        }

        string? Text(string? value, string id, string missing, string what)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                Errors.Add((missing, "#" + id));
            }
            else if (trimmed.Length > SentencePlanObjectiveConfiguration.MaxTextLength)
            {
                Errors.Add(($"{what} must be {SentencePlanObjectiveConfiguration.MaxTextLength} characters or fewer", "#" + id));
            }

            return trimmed;
        }

        if (Questionnaire.Find(Input.NeedArea ?? "") is null)
        {
            Errors.Add(("Select the area of need the objective addresses", "#need-area"));
        }

        var objective = Text(Input.Objective, "objective", "Enter the objective in the person's own words", "The objective");
        var actions = Text(Input.Actions, "actions", "Enter the actions that will achieve it", "The actions");
        var who = Text(Input.WhoDoesWhat, "who", "Enter who will do what", "Who does what");
        DateOnly? target = null;
        if (!Input.TargetDate.IsEmpty)
        {
            target = Input.TargetDate.TryGetDate("the target date", out var error);
            if (error is null && target < Display.Today)
            {
                error = "The target date must be today or in the future";
            }

            if (error is not null)
            {
                Errors.Add((error, "#target-date-day"));
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.SentencePlanObjectives.Add(new SentencePlanObjective
        {
            AssessmentId = Id,
            PersonId = Case.Id,
            NeedArea = Input.NeedArea!,
            Objective = objective!,
            Actions = actions!,
            WhoDoesWhat = who!,
            TargetDate = target,
            Progress = ObjectiveProgress.NotStarted,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/assessments/{Id}/sentence-plan");
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayWrite)
        {
            return Forbid();
        }

        if (!int.TryParse(Progress.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !Enum.TryParse<ObjectiveProgress>(Progress.Progress, out var progress) || !Enum.IsDefined(progress))
        {
            return BadRequest();
        }

        var objective = await db.SentencePlanObjectives.SingleOrDefaultAsync(o => o.Id == Progress.ObjectiveId && o.AssessmentId == Id, cancellationToken);
        if (objective is null)
        {
            return NotFound();
        }

        var note = Progress.Note?.Trim();
        if (note?.Length > SentencePlanObjectiveConfiguration.MaxTextLength)
        {
            Errors.Add(($"The progress note must be {SentencePlanObjectiveConfiguration.MaxTextLength} characters or fewer", $"#progress-note-{objective.Id}"));
            return Page();
        }

        db.Entry(objective).Property(o => o.Version).OriginalValue = version;
        objective.Progress = progress;
        objective.ProgressNote = string.IsNullOrEmpty(note) ? null : note;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            Errors.Add(("Someone else updated this objective while you were editing it. Nothing was saved: check its progress below", $"#progress-{Progress.ObjectiveId}"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/assessments/{Id}/sentence-plan");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var status = await db.Assessments.Where(a => a.Id == Id && a.PersonId == Case.Id).Select(a => (AssessmentStatus?)a.Status).SingleOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return false;
        }

        Status = status.Value;
        Objectives = await db.SentencePlanObjectives.AsNoTracking().Where(o => o.AssessmentId == Id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return true;
    }

    public sealed class ObjectiveInput
    {
        public string? NeedArea { get; set; }
        public string? Objective { get; set; }
        public string? Actions { get; set; }
        public string? WhoDoesWhat { get; set; }
        public DateParts TargetDate { get; set; } = new();
    }

    public sealed class ProgressInput
    {
        public int ObjectiveId { get; set; }
        public string? Progress { get; set; }
        public string? Note { get; set; }
        public string? Version { get; set; }
    }
}
