using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

public class RiskFlagsModel(CaseAccessService access, RiskFlagReader flags) : CasePageModel(access)
{
    protected override string AuditWhat => "Risk flags";

    public List<RiskFlagRow> Flags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Flags = await flags.ReadAsync(Case.Id, currentOnly: false, cancellationToken);
        return Page();
    }
}
