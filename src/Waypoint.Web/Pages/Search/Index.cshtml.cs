using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.People;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Search;

/// <summary>
/// Finds people by CRN, PNC number or name (any case, partial surname, optionally "first last"). Limited-access
/// people are left out of name and PNC results entirely; a CRN search for one shows only that it is restricted.
/// </summary>
public class IndexModel(WaypointDbContext db, CaseAccessService access) : PageModel
{
    public const int MaxResults = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string? Error { get; private set; }

    public bool Searched { get; private set; }

    public bool RestrictedCrnMatch { get; private set; }

    public bool MoreResults { get; private set; }

    public sealed record ResultRow(int Id, string Crn, string FirstName, string LastName, DateOnly DateOfBirth, string? Practitioner, bool LimitedAccess);

    public List<ResultRow> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var text = Query?.Trim();
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }

        Searched = true;
        if (string.IsNullOrEmpty(text))
        {
            Error = "Enter a CRN, PNC number or name";
            return;
        }

        if (text.Length > 100)
        {
            Error = "Search must be 100 characters or fewer";
            return;
        }

        var people = db.People.AsNoTracking();
        IQueryable<Data.Entities.Person> matches;
        var byCrn = Crn.TryParse(text, out var crn);
        if (byCrn)
        {
            matches = people.Where(p => p.Crn == crn.Value);
        }
        else if (PncNumber.TryParse(text, out var pnc))
        {
            var canonical = pnc.ToString();
            matches = people.Where(p => p.PncNumber == canonical);
        }
        else
        {
            var words = text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var last = words[^1];
            matches = people.Where(p => p.SearchLastName.StartsWith(last));
            if (words.Length > 1)
            {
                var first = words[0];
                matches = matches.Where(p => p.SearchFirstName.StartsWith(first));
            }
        }

        var rows = await matches.OrderBy(p => p.SearchLastName).ThenBy(p => p.SearchFirstName).ThenBy(p => p.Crn).Take(MaxResults + 1)
            .Select(p => new ResultRow(p.Id, p.Crn, p.FirstName, p.LastName, p.DateOfBirth,
                p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
                p.HasExclusions || p.HasRestrictions))
            .ToListAsync(cancellationToken);
        MoreResults = rows.Count > MaxResults;
        var hidden = await access.HiddenAmongAsync(rows.Select(r => (r.Id, r.LimitedAccess)), cancellationToken);
        RestrictedCrnMatch = byCrn && rows.Count == 1 && hidden.Contains(rows[0].Id);
        Results = rows.Where(r => !hidden.Contains(r.Id)).Take(MaxResults).ToList();
    }
}
