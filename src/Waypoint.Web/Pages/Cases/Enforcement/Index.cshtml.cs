using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Enforcement;
using Waypoint.Data.Entities;
using Waypoint.Domain.Enforcement;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Notifications;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Enforcement;

/// <summary>
/// Where enforcement stands at a glance (warning given, breach decided, countersigned, pack ready, listed, outcome),
/// then every decision in full with its countersignature and letter; breaches move on and decisions are superseded here.
/// </summary>
public class IndexModel(CaseAccessService access, WaypointDbContext db, EnforcementService enforcement, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Enforcement";

    public sealed record DecisionView(EnforcementDecision Decision, string DecidedBy, string? CountersignedBy, OutboxMessage? Letter);

    public List<DecisionView> Decisions { get; private set; } = [];
    public EnforcementDecision? Current { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public int DecisionId { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public bool MayDecide => MayChange && (User.IsInRole(Data.Roles.Practitioner) || User.IsInRole(Data.Roles.SeniorProbationOfficer) || User.IsInRole(Data.Roles.HeadOfPdu));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The warning letter or recall report as a PDF, generated from the record.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(int id, CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        var view = Decisions.FirstOrDefault(d => d.Decision.Id == id);
        if (view is null)
        {
            return NotFound();
        }

        var d = view.Decision;
        if (d.Decision is EnforcementAction.Recall or EnforcementAction.NoRecall)
        {
            var report = EnforcementLetters.RecallReport(Case.FullName, Case.Crn, d.LicenceConditionsBreached ?? "Not recorded", $"{d.WhatHappened}\nThe person's explanation: {d.PersonsExplanation}",
                d.ResponseToSupervision ?? "Not recorded", d.RiskConsidered, d.AlternativesTried ?? d.OptionsConsidered, d.RecallType, d.Rationale, view.DecidedBy,
                Display.ToUk(d.DecidedAt), view.CountersignedBy, d.CountersignedAt is { } c ? Display.ToUk(c) : null, d.CountersignReasoning, EnforcementPolicy.ActionWords(d.Decision));
            return File(LetterPdf.Render("Senior probation officer\nProbation Service", report.Subject, report.Body, Display.Today), "application/pdf", $"recall-report-{Case.Crn}-{d.Id}.pdf");
        }

        if (view.Letter is { } letter)
        {
            return File(LetterPdf.Render(letter.Recipient, letter.Subject, letter.Body, DateOnly.FromDateTime(Display.ToUk(letter.CreatedAt))), "application/pdf", $"warning-letter-{Case.Crn}-{d.Id}.pdf");
        }

        return NotFound();
    }

    public async Task<IActionResult> OnPostStageAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayDecide || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        var decision = await db.EnforcementDecisions.AsTracking().SingleOrDefaultAsync(d => d.Id == DecisionId && d.PersonId == Case.Id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<BreachStage>(Stage, out var stage) || !Enum.IsDefined(stage) || Note?.Length > EnforcementService.TextMaxLength)
        {
            Error = "Select the stage the breach has reached";
        }
        else
        {
            Error = await enforcement.AdvanceBreachAsync(decision, stage, Note, staffId, user.DisplayName, cancellationToken);
        }

        if (Error is not null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/enforcement");
    }

    public async Task<IActionResult> OnPostSupersedeAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayDecide || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        var decision = await db.EnforcementDecisions.AsTracking().SingleOrDefaultAsync(d => d.Id == DecisionId && d.PersonId == Case.Id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        Error = string.IsNullOrWhiteSpace(Reason) ? "Give the reason for superseding the decision"
            : Reason.Length > EnforcementService.TextMaxLength ? "The reason must be 4000 characters or fewer"
            : await enforcement.SupersedeAsync(decision, Reason, staffId, user.DisplayName, cancellationToken);
        if (Error is not null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/enforcement");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var decisions = await db.EnforcementDecisions.AsNoTracking().Where(d => d.PersonId == Case.Id).OrderByDescending(d => d.DecidedAt).ToListAsync(cancellationToken);
        var staffIds = decisions.Select(d => d.DecidedByStaffMemberId).Concat(decisions.Where(d => d.CountersignedByStaffMemberId != null).Select(d => d.CountersignedByStaffMemberId!.Value)).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, cancellationToken);
        var letterIds = decisions.Where(d => d.LetterMessageId != null).Select(d => d.LetterMessageId!.Value).ToList();
        var letters = await db.OutboxMessages.AsNoTracking().Where(m => letterIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        Decisions = decisions.Select(d => new DecisionView(d, names.GetValueOrDefault(d.DecidedByStaffMemberId, "Unknown"),
            d.CountersignedByStaffMemberId is { } c ? names.GetValueOrDefault(c) : null,
            d.LetterMessageId is { } l ? letters.GetValueOrDefault(l) : null)).ToList();
        Current = decisions.Where(d => d.Status is DecisionStatus.InForce or DecisionStatus.AwaitingCountersignature && d.BreachStage is not null)
            .OrderByDescending(d => d.BreachStage).ThenByDescending(d => d.DecidedAt).FirstOrDefault();
    }
}
