using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Contacts;

public class IndexModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    public const int PageSize = 20;

    /// <summary>A note may be corrected by its author for this long after it was written.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromDays(1);

    protected override string AuditWhat => $"Contacts page {PageNumber}";

    // "page" is also Razor Pages' own route value, so read it from the query string explicitly.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int TotalItems { get; private set; }

    public int TotalPages => Math.Max(1, (TotalItems + PageSize - 1) / PageSize);

    public bool Added { get; private set; }

    public sealed record ContactRow(Guid Id, DateTime OccurredAt, ContactType Type, ContactOutcome? Outcome, string Notes, bool IsSensitive, string RecordedBy, DateTime? EditedAt, bool MayEdit);

    public List<ContactRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(bool added, CancellationToken cancellationToken)
    {
        if (PageNumber < 1)
        {
            return NotFound();
        }

        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Added = added;
        var query = db.Contacts.AsNoTracking().Where(c => c.PersonId == Case.Id);
        TotalItems = await query.CountAsync(cancellationToken);
        if (PageNumber > TotalPages)
        {
            return NotFound();
        }

        var editableSince = DateTime.UtcNow - EditWindow;
        var me = user.StaffMemberId;
        Rows = await query.TagWith(LiteralPagingInterceptor.Tag).OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new ContactRow(c.Id, c.OccurredAt, c.Type, c.Outcome, c.Notes, c.IsSensitive,
                c.Author == null ? (c.RecordedByClient ?? "System") : c.Author.FirstName + " " + c.Author.LastName,
                c.EditedAt, me != null && c.AuthorStaffMemberId == me && c.CreatedAt >= editableSince && c.Type == ContactType.CaseNote))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
