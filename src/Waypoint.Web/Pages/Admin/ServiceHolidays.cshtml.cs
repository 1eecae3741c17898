using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Admin;

/// <summary>
/// One-off holidays the standing rules cannot know (a coronation, a moved bank holiday). No official feed is reachable
/// from the service, so an administrator keeps this table; bookings warn on these days and working-day deadlines skip them.
/// </summary>
public class ServiceHolidaysModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int RemoveId { get; set; }

    public List<ServiceHoliday> Holidays { get; private set; } = [];
    public IReadOnlyList<DateOnly> BankHolidaysThisYear { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var date = Date.TryGetDate("the date", out var dateError);
        if (dateError is not null)
        {
            Errors.Add((dateError, "#date-day"));
        }
        else if (BankHolidays.IsBankHoliday(date!.Value))
        {
            Errors.Add(("That date is already a bank holiday by the standing rules", "#date-day"));
        }
        else if (await db.ServiceHolidays.AnyAsync(h => h.Date == date, cancellationToken))
        {
            Errors.Add(("That date is already in the table", "#date-day"));
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 120)
        {
            Errors.Add((string.IsNullOrWhiteSpace(Name) ? "Enter the name of the holiday" : "The name must be 120 characters or fewer", "#name"));
        }

        if (Errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.ServiceHolidays.Add(new ServiceHoliday { Date = date!.Value, Name = Name!.Trim(), AddedBy = user.DisplayName });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/service-holidays");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var holiday = await db.ServiceHolidays.AsTracking().SingleOrDefaultAsync(h => h.Id == RemoveId, cancellationToken);
        if (holiday is not null)
        {
            db.ServiceHolidays.Remove(holiday);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect("/admin/service-holidays");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Holidays = await db.ServiceHolidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken);
        BankHolidaysThisYear = BankHolidays.For(Display.Today.Year);
    }
}
