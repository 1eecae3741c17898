using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Data.Oversight;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Week;

/// <summary>The practitioner's home page: everything due this week, computed from the record, each item linking to where it is done.</summary>
public class IndexModel(WaypointDbContext db, CurrentUser user, CaseAccessService access, TimeProvider clock) : PageModel
{
    public List<WeekItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        await GenericPlans.UseForThisConnectionAsync(db, cancellationToken); // every statement here keeps its plan for any practitioner
        var items = await PractitionerWeek.ReadAsync(db, staffId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var hidden = await access.HiddenAmongAsync(items.Select(i => (i.PersonId, i.LimitedAccess)), cancellationToken);
        Items = items.Where(i => !hidden.Contains(i.PersonId)).ToList();
        return Page();
    }

    public static string Heading(WeekSection section) => section switch
    {
        WeekSection.SeeThisWeek => "People to see this week",
        WeekSection.Today => "Appointments today",
        WeekSection.LaterThisWeek => "Appointments later this week",
        WeekSection.Outcomes => "Outcomes to record",
        WeekSection.Absences => "Missed appointments to judge",
        WeekSection.Inductions => "Inductions to book",
        WeekSection.Enforcement => "Enforcement decisions",
        WeekSection.Replies => "Replies from people",
        WeekSection.Oversight => "Management oversight to act on",
        WeekSection.Reviews => "Reviews due in the next 4 weeks",
        WeekSection.KeyDates => "Key dates in the next 4 weeks",
        _ => "New allocations",
    };
}
