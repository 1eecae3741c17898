using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Assessments;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Assessments;

/// <summary>
/// One assessment: while a draft, the GOV.UK task list of its sections and the button to complete it; once completed,
/// every answer read-only; while awaiting countersignature, the countersigner's decision.
/// </summary>
public class AssessmentModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, Domain.Tiering.TierFrameworkPolicy policy) : CasePageModel(access)
{
    protected override string AuditWhat => "Assessment";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Assessment Assessment { get; private set; } = null!;

    public AssessmentAnswers Answers { get; private set; } = new();

    public string StartedBy { get; private set; } = "";

    public string? CompletedBy { get; private set; }

    public string? CountersignedBy { get; private set; }

    public int ObjectiveCount { get; private set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public bool MayEdit => Assessment.Status == AssessmentStatus.Draft && MayChange
        && (User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu));

    public bool MayCountersign => Assessment.Status == AssessmentStatus.AwaitingCountersignature
        && (User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu))
        && Assessment.CompletedByStaffMemberId != user.StaffMemberId;

    public bool SentencePlanComplete => ObjectiveCount > 0;

    public bool ReadyToComplete => Questionnaire.Sections.All(s => AssessmentRules.StatusOf(s, Answers) == SectionStatus.Completed) && SentencePlanComplete;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayEdit || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        if (!int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        if (!ReadyToComplete)
        {
            foreach (var section in Questionnaire.Sections.Where(s => AssessmentRules.StatusOf(s, Answers) != SectionStatus.Completed))
            {
                Errors.Add(($"Complete the section: {section.Title}", $"#task-{section.Key}"));
            }

            if (!SentencePlanComplete)
            {
                Errors.Add(("Add at least one sentence plan objective", "#task-sentence-plan"));
            }

            return Page();
        }

        var tracked = await db.Assessments.SingleAsync(a => a.Id == Id, cancellationToken);
        db.Entry(tracked).Property(a => a.Version).OriginalValue = version;
        var grade = await db.StaffMembers.Where(s => s.Id == staffId).Select(s => s.Grade).SingleAsync(cancellationToken);
        try
        {
            await AssessmentWorkflow.CompleteAsync(db, tracked, staffId, grade, DateTime.UtcNow, cancellationToken, policy);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            Errors.Add(("Someone else changed this assessment while you were working on it. Check the sections below and complete it again", "#complete"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/risk?completed=true");
    }

    public async Task<IActionResult> OnPostCountersignAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!MayCountersign || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        if (!int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        var note = Note?.Trim();
        if (Decision is not ("countersign" or "return"))
        {
            Errors.Add(("Select whether to countersign the assessment or return it to the assessor", "#decision"));
        }
        else if (Decision == "return" && string.IsNullOrEmpty(note))
        {
            Errors.Add(("Enter what the assessor needs to change", "#note"));
        }

        if (note?.Length > AssessmentConfiguration.MaxNoteLength)
        {
            Errors.Add(($"The note must be {AssessmentConfiguration.MaxNoteLength} characters or fewer", "#note"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var tracked = await db.Assessments.SingleAsync(a => a.Id == Id, cancellationToken);
        db.Entry(tracked).Property(a => a.Version).OriginalValue = version;
        if (Decision == "countersign")
        {
            tracked.Status = AssessmentStatus.Completed;
            tracked.CountersignedAt = DateTime.UtcNow;
            tracked.CountersignedByStaffMemberId = staffId;
            tracked.CountersignNote = string.IsNullOrEmpty(note) ? null : note;
        }
        else
        {
            // Back to the assessor as a draft; its completion (and the tier it set) stand until it is completed again.
            tracked.Status = AssessmentStatus.Draft;
            tracked.ReturnedAt = DateTime.UtcNow;
            tracked.ReturnedNote = note;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            Errors.Add(("Someone else changed this assessment while you were reading it. Check it again before you decide", "#decision"));
            return Page();
        }

        return Redirect(Decision == "countersign" ? $"/cases/{Case.Crn}/assessments/{Id}?countersigned=true" : "/assessments/countersign?returned=true");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await db.Assessments.AsNoTracking().Where(a => a.Id == Id && a.PersonId == Case.Id)
            .Select(a => new
            {
                Assessment = a,
                StartedBy = a.StartedBy.FirstName + " " + a.StartedBy.LastName,
                CompletedBy = a.CompletedBy == null ? null : a.CompletedBy.FirstName + " " + a.CompletedBy.LastName,
                CountersignedBy = a.CountersignedBy == null ? null : a.CountersignedBy.FirstName + " " + a.CountersignedBy.LastName,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        Assessment = found.Assessment;
        StartedBy = found.StartedBy;
        CompletedBy = found.CompletedBy;
        CountersignedBy = found.CountersignedBy;
        Answers = AssessmentAnswers.FromJson(Assessment.AnswersJson);
        ObjectiveCount = await db.SentencePlanObjectives.CountAsync(o => o.AssessmentId == Id, cancellationToken);
        Version = Assessment.Version.ToString(CultureInfo.InvariantCulture);
        return true;
    }
}
