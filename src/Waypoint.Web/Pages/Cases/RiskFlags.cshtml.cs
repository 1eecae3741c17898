using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Risk;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

/// <summary>The person's risk flags, current first; ending one recalculates the tier at once.</summary>
public class RiskFlagsModel(CaseAccessService access, RiskFlagReader flags, WaypointDbContext db, Domain.Tiering.TierFrameworkPolicy policy) : CasePageModel(access)
{
    protected override string AuditWhat => "Risk flags";

    public List<RiskFlagRow> Flags { get; private set; } = [];

    [BindProperty]
    public int FlagId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Flags = await flags.ReadAsync(Case.Id, currentOnly: false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == FlagId && r.PersonId == Case.Id, cancellationToken);
        if (registration is null)
        {
            return NotFound();
        }

        if (registration.EndedOn is null)
        {
            registration.EndedOn = Display.Today;
            await db.SaveChangesAsync(cancellationToken);
            await TierRecalculator.RecalculateAsync(db, Case.Id, $"Risk flag ended: {RegistrationNames.Describe(registration.Type)}", DateTime.UtcNow, cancellationToken, policy);
        }

        return Redirect($"/cases/{Case.Crn}/risk-flags?ended=true");
    }
}
