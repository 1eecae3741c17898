using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

public class PersonalDetailsModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    protected override string AuditWhat => "Personal details";

    public Person Person { get; private set; } = null!;

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Saved = saved;
        Person = await db.People.AsNoTracking().Include(p => p.Aliases).Include(p => p.Addresses).AsSplitQuery()
            .SingleAsync(p => p.Id == Case.Id, cancellationToken);
        return Page();
    }
}
