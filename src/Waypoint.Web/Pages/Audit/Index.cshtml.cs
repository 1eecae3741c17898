using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.People;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Auditing;
using Waypoint.Web.Infrastructure.Govuk;

namespace Waypoint.Web.Pages.Audit;

/// <summary>The auditor's search of the trail by person (CRN), user and date range. Searching is itself audited.</summary>
public class IndexModel(WaypointDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Crn { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    // "page" is also Razor Pages' own route value, so read it from the query string explicitly.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<(string Text, string Href)> Errors { get; } = [];

    public List<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public bool Searched { get; private set; }

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Crn))
        {
            if (Domain.People.Crn.TryParse(Crn, out var crn))
            {
                var personId = await db.People.Where(p => p.Crn == crn.Value).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
                query = query.Where(a => a.Crn == crn.Value || (personId != null && a.PersonId == personId));
            }
            else
            {
                Errors.Add(("Enter a CRN in the correct format, like N000123", "#crn"));
            }
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var user = UserName.Trim();
            query = query.Where(a => a.Actor == user);
        }

        DateOnly? from = null, to = null;
        if (!From.IsEmpty)
        {
            from = From.TryGetDate("the from date", out var error);
            if (error is not null) Errors.Add((error, "#from-day"));
        }

        if (!To.IsEmpty)
        {
            to = To.TryGetDate("the to date", out var error);
            if (error is not null) Errors.Add((error, "#to-day"));
        }

        if (from is not null && to is not null && to < from)
        {
            Errors.Add(("The to date must be the same as or after the from date", "#to-day"));
        }

        PageNumber = Math.Clamp(PageNumber, 1, 100_000);

        if (Errors.Count > 0)
        {
            ViewData["HasErrors"] = true;
            return;
        }

        if (from is { } f)
        {
            var start = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.RecordedAt >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.RecordedAt < end);
        }

        Searched = true;
        var rows = await query.OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
        await audit.RecordAsync(AuditAction.View, "AuditTrail", $"Searched: crn={Crn} user={UserName} from={from} to={to} page={PageNumber}", cancellationToken);
    }

    public string PageLink(int page) =>
        $"/audit?crn={Uri.EscapeDataString(Crn ?? "")}&user={Uri.EscapeDataString(UserName ?? "")}&From.Day={From.Day}&From.Month={From.Month}&From.Year={From.Year}&To.Day={To.Day}&To.Month={To.Month}&To.Year={To.Year}&page={page}";
}
