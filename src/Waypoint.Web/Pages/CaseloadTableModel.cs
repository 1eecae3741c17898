using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages;

/// <summary>A caseload table: all rows, the sort and filters, optional paging and extra query values to keep in links.</summary>
public sealed record CaseloadTableModel(
    IReadOnlyList<CaseloadRow> Rows, CaseloadQuery Query, string BasePath, bool ShowPractitioner, string Caption,
    IReadOnlyDictionary<string, string>? Keep = null, int PageNumber = 1, int PageSize = 0)
{
    public int TotalPages => PageSize <= 0 ? 1 : Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);

    public int CurrentPage => Math.Clamp(PageNumber, 1, TotalPages);

    public IEnumerable<CaseloadRow> VisibleRows => PageSize <= 0 ? Rows : Rows.Skip((CurrentPage - 1) * PageSize).Take(PageSize);

    public string Link(string sortKey) => Query.Link(BasePath, sortKey) + KeepQuery;

    public string PageLink(int page) => Query.PageLink(BasePath, page) + KeepQuery;

    private string KeepQuery => string.Concat((Keep ?? new Dictionary<string, string>()).Select(k => $"&{k.Key}={Uri.EscapeDataString(k.Value)}"));
}
