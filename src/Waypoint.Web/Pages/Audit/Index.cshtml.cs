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

/// <summary>
/// The auditor's search of the trail by person (CRN), user and date range. Searching is itself audited. The trail is the
/// largest table (every view is in it), so pages are keyset pages: "older" and "newer" carry the position of the last or
/// first entry shown (its time and id) and the database seeks straight to it, however far back the auditor goes.
/// </summary>
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

    /// <summary>Show entries older than this position (from the "Older entries" link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    /// <summary>Show entries newer than this position (from the "Newer entries" link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public string? OlderPosition { get; private set; }

    public string? NewerPosition { get; private set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public List<AuditEntry> Entries { get; private set; } = [];

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

        var before = AuditPosition.TryParse(Before);
        var after = before is null ? AuditPosition.TryParse(After) : null;

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
        bool hasOlder, hasNewer;
        if (after is { } newerThan)
        {
            var (at, id) = (newerThan.RecordedAt, newerThan.Id);
            var rows = await query.Where(a => a.RecordedAt > at || (a.RecordedAt == at && a.Id.CompareTo(id) > 0))
                .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
            (hasNewer, hasOlder) = (rows.Count > PageSize, true);
            Entries = rows.Take(PageSize).Reverse().ToList();
        }
        else
        {
            if (before is { } olderThan)
            {
                var (at, id) = (olderThan.RecordedAt, olderThan.Id);
                query = query.Where(a => a.RecordedAt < at || (a.RecordedAt == at && a.Id.CompareTo(id) < 0));
            }

            var rows = await query.OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
            (hasOlder, hasNewer) = (rows.Count > PageSize, before is not null);
            Entries = rows.Take(PageSize).ToList();
        }

        OlderPosition = hasOlder && Entries.Count > 0 ? new AuditPosition(Entries[^1].RecordedAt, Entries[^1].Id).ToString() : null;
        NewerPosition = hasNewer && Entries.Count > 0 ? new AuditPosition(Entries[0].RecordedAt, Entries[0].Id).ToString() : null;
        await audit.RecordAsync(AuditAction.View, "AuditTrail", $"Searched: crn={Crn} user={UserName} from={from} to={to} before={before} after={after}", cancellationToken);
    }

    public string PageLink(string direction, string position) =>
        $"/audit?crn={Uri.EscapeDataString(Crn ?? "")}&user={Uri.EscapeDataString(UserName ?? "")}&From.Day={From.Day}&From.Month={From.Month}&From.Year={From.Year}&To.Day={To.Day}&To.Month={To.Month}&To.Year={To.Year}&{direction}={position}";
}

/// <summary>A place in the audit trail's order (newest first): an entry's time and, for entries at the same instant, its id.</summary>
public readonly record struct AuditPosition(DateTime RecordedAt, Guid Id)
{
    public override string ToString() => $"{RecordedAt.Ticks}-{Id:N}";

    /// <summary>Null for anything that is not a position this page wrote (a mistyped link starts from the newest).</summary>
    public static AuditPosition? TryParse(string? text)
    {
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash > 0
            && long.TryParse(text.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTime.MaxValue.Ticks
            && Guid.TryParseExact(text.AsSpan(dash + 1), "N", out var id)
            ? new AuditPosition(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
