using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Assessments;

/// <summary>The person's risk and needs assessments, newest first, and starting a new one (one draft at a time).</summary>
public class IndexModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Assessments";

    public sealed record Row(int Id, AssessmentStatus Status, AssessmentReason Reason, DateTime StartedAt, string StartedBy, DateTime? CompletedAt, string? CompletedBy, DateTime? CountersignedAt);

    public List<Row> Assessments { get; private set; } = [];

    public bool MayStart => MayChange && (User.IsInRole(Roles.Practitioner) || User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == Case.Id)
            .OrderByDescending(a => a.StartedAt)
            .Select(a => new Row(a.Id, a.Status, a.Reason, a.StartedAt, a.StartedBy.FirstName + " " + a.StartedBy.LastName, a.CompletedAt,
                a.CompletedBy == null ? null : a.CompletedBy.FirstName + " " + a.CompletedBy.LastName, a.CountersignedAt))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Starts a draft, copying the answers of the latest completed assessment so a review changes only what changed.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayStart || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        var draft = await db.Assessments.Where(a => a.PersonId == Case.Id && (a.Status == AssessmentStatus.Draft || a.Status == AssessmentStatus.AwaitingCountersignature))
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (draft is { } existing)
        {
            return Redirect($"/cases/{Case.Crn}/assessments/{existing}");
        }

        var previous = await db.Assessments.AsNoTracking().Where(a => a.PersonId == Case.Id && a.Status == AssessmentStatus.Completed)
            .OrderByDescending(a => a.CompletedAt).Select(a => a.AnswersJson).FirstOrDefaultAsync(cancellationToken);
        var reviewReason = await db.People.Where(p => p.Id == Case.Id).Select(p => p.AssessmentReviewReason).SingleAsync(cancellationToken);
        var assessment = new Assessment
        {
            PersonId = Case.Id,
            Status = AssessmentStatus.Draft,
            Reason = previous is null ? AssessmentReason.Initial
                : reviewReason?.StartsWith("Significant event", StringComparison.Ordinal) == true ? AssessmentReason.SignificantEvent : AssessmentReason.Review,
            StartedAt = DateTime.UtcNow,
            StartedByStaffMemberId = staffId,
            AnswersJson = previous ?? "{}",
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/assessments/{assessment.Id}");
    }
}
