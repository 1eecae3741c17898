using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Enforcement;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Enforcement;

/// <summary>One decision to countersign: the practitioner's full reasoning, then the senior probation officer's own.</summary>
public class DecisionModel(WaypointDbContext db, CurrentUser user, CaseAccessService access, EnforcementService enforcement) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Verdict { get; set; }
    [BindProperty] public string? Reasoning { get; set; }
    [BindProperty] public bool AddressConfirmed { get; set; }

    public EnforcementDecision Decision { get; private set; } = null!;
    public CaseSummary Case { get; private set; } = null!;
    public string DecidedBy { get; private set; } = "";
    public List<(string Text, string Href)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } problem)
        {
            return problem;
        }

        if (user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        if (Verdict is not ("agree" or "return"))
        {
            Errors.Add(("Select whether you countersign or return the decision", "#verdict"));
        }

        if (string.IsNullOrWhiteSpace(Reasoning))
        {
            Errors.Add(("Give your own reasoning", "#reasoning"));
        }
        else if (Reasoning.Length > EnforcementService.TextMaxLength)
        {
            Errors.Add(($"Your reasoning must be {EnforcementService.TextMaxLength} characters or fewer", "#reasoning"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        try
        {
            if (await enforcement.CountersignAsync(Decision, Verdict == "agree", Reasoning!, staffId, user.DisplayName, AddressConfirmed, cancellationToken) is { } error)
            {
                Errors.Add((error, "#verdict"));
                return Page();
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else dealt with this decision while you were reading it.", "#verdict"));
            return Page();
        }

        return Redirect("/enforcement/countersign?done=true");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var decision = await db.EnforcementDecisions.AsTracking().SingleOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        var crn = await db.People.Where(p => p.Id == decision.PersonId).Select(p => p.Crn).SingleAsync(cancellationToken);
        var opened = await access.OpenAsync(crn, "Countersign enforcement decision", cancellationToken);
        if (opened.Status != CaseOpenStatus.Opened)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Partial("_RestrictedCase", crn);
        }

        Case = opened.Case!;
        Decision = decision;
        DecidedBy = await db.StaffMembers.Where(s => s.Id == decision.DecidedByStaffMemberId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(cancellationToken);
        return null;
    }
}
