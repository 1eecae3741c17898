using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

public class SentenceModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    protected override string AuditWhat => "Sentence";

    public List<ConvictionEvent> Events { get; private set; } = [];

    public List<KeyDateChange> KeyDateChanges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Events = await db.Events.AsNoTracking().Where(e => e.PersonId == Case.Id).Include(e => e.Sentence)
            .OrderByDescending(e => e.IsActive).ThenByDescending(e => e.EventNumber).ToListAsync(cancellationToken);
        await SentenceDetails.LoadAsync(db, Events, cancellationToken);
        KeyDateChanges = await db.KeyDateChanges.AsNoTracking().Where(c => c.PersonId == Case.Id).OrderByDescending(c => c.ChangedAt).ToListAsync(cancellationToken);
        return Page();
    }
}
