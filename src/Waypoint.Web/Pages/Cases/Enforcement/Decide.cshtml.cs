using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Enforcement;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Enforcement;

/// <summary>
/// The defensible decision at an enforcement point: what happened, the person's explanation, risk and protective
/// factors, options considered, the decision and its rationale; for a licence, the recall consideration. The policy's
/// recommendation is shown first; a different decision needs a reason.
/// </summary>
public class DecideModel(CaseAccessService access, WaypointDbContext db, EnforcementService enforcement, AppointmentService appointments, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Enforcement decision";

    [BindProperty(SupportsGet = true)] public int? Appointment { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public string? WhatHappened { get; set; }
    [BindProperty] public string? PersonsExplanation { get; set; }
    [BindProperty] public string? RiskConsidered { get; set; }
    [BindProperty] public string? OptionsConsidered { get; set; }
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? LicenceConditionsBreached { get; set; }
    [BindProperty] public string? ResponseToSupervision { get; set; }
    [BindProperty] public string? AlternativesTried { get; set; }
    [BindProperty] public string? RecallType { get; set; }
    [BindProperty] public string? LetterAlternative { get; set; }
    [BindProperty] public bool AddressConfirmed { get; set; }

    public EnforcementContext Context { get; private set; } = null!;
    public Appointment? Failure { get; private set; }
    public NotificationRoute? Route { get; private set; }
    public List<(string Text, string Href)> Errors { get; } = [];
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;
    public bool IsLicence => Context.Order == SentenceType.CustodyWithLicence;

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

        Decision = Context.Recommendation?.Action.ToString();
        if (Failure is { } failure)
        {
            WhatHappened = AppointmentService.OutcomeWords(failure) + (failure.OutcomeNotes is { } n ? $" {n}" : "");
            var replies = await db.AppointmentReplies.AsNoTracking().Where(r => r.AppointmentId == failure.Id && r.Text != null).Select(r => r.Text).ToListAsync(cancellationToken);
            PersonsExplanation = replies.Count > 0 ? string.Join(" ", replies) : null;
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

        if (user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        EnforcementAction? decision = Enum.TryParse<EnforcementAction>(Decision, out var d) && Enum.IsDefined(d) ? d : null;
        if (decision is null)
        {
            Errors.Add(("Select your decision", "#decision"));
        }

        Require(WhatHappened, "what happened", "what-happened");
        Require(PersonsExplanation, "the person's explanation (or that they gave none)", "persons-explanation");
        Require(RiskConsidered, "the risk and protective factors you considered", "risk-considered");
        Require(OptionsConsidered, "the options you considered", "options-considered");
        Require(Rationale, "the rationale for your decision", "rationale");
        if (IsLicence && decision is EnforcementAction.Recall or EnforcementAction.NoRecall)
        {
            Require(LicenceConditionsBreached, "the licence conditions breached", "licence-conditions");
            Require(ResponseToSupervision, "the person's response to supervision", "response-to-supervision");
            Require(AlternativesTried, "the alternatives to recall tried or considered", "alternatives-tried");
        }

        RecallType? recallType = Enum.TryParse<RecallType>(RecallType, out var r) && Enum.IsDefined(r) ? r : null;
        foreach (var (value, id) in new[] { (OverrideReason, "override-reason"), (LetterAlternative, "letter-alternative") })
        {
            if (value?.Length > EnforcementService.TextMaxLength)
            {
                Errors.Add(($"Write {EnforcementService.TextMaxLength} characters or fewer", $"#{id}"));
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var (recorded, error) = await enforcement.DecideAsync(new DecisionRequest(
            Case.Id, Failure?.Id, decision!.Value, OverrideReason, WhatHappened!, PersonsExplanation!, RiskConsidered!, OptionsConsidered!, Rationale!,
            LicenceConditionsBreached, ResponseToSupervision, AlternativesTried, recallType, LetterAlternative), staffId, user.DisplayName, AddressConfirmed, cancellationToken);
        if (error is not null)
        {
            Errors.Add((error, error.Contains("say why", StringComparison.Ordinal) ? "#override-reason" : error.Contains("recall", StringComparison.Ordinal) ? "#recall-type" : "#decision"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/enforcement?decided={recorded!.Id}");
    }

    private void Require(string? value, string what, string id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(($"Enter {what}", $"#{id}"));
        }
        else if (value.Length > EnforcementService.TextMaxLength)
        {
            Errors.Add(($"{char.ToUpperInvariant(what[0])}{what[1..]} must be {EnforcementService.TextMaxLength} characters or fewer", $"#{id}"));
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!MayChange)
        {
            return Forbid();
        }

        if (Appointment is { } id)
        {
            Failure = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.PersonId == Case.Id, cancellationToken);
            if (Failure is null)
            {
                return NotFound();
            }
        }

        Context = await enforcement.ContextAsync(Case.Id, Failure, cancellationToken);
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
        Route = AppointmentService.RouteFor(person, await appointments.CurrentAddressAsync(Case.Id, cancellationToken));
        return null;
    }
}
