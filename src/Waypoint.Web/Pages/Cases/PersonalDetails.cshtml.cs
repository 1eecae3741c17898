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
        // Three plain reads rather than a split query (whose shaper compiled a delegate on every view).
        Person = await db.People.AsNoTracking().SingleAsync(p => p.Id == Case.Id, cancellationToken);
        Person.Aliases = await db.PersonAliases.AsNoTracking().Where(a => a.PersonId == Case.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        Person.Addresses = await db.Addresses.AsNoTracking().Where(a => a.PersonId == Case.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
