using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages;

/// <summary>A caseload table: one page of rows, the sort and filters, and extra query values to keep in links.</summary>
public sealed record CaseloadTableModel(
    CaseloadPage Page, CaseloadQuery Query, string BasePath, bool ShowPractitioner, string Caption,
    IReadOnlyDictionary<string, string>? Keep = null)
{
    public string Link(string sortKey) => Query.Link(BasePath, sortKey) + KeepQuery;

    public string PageLink(int page) => Query.PageLink(BasePath, page) + KeepQuery;

    private string KeepQuery => string.Concat((Keep ?? new Dictionary<string, string>()).Select(k => $"&{k.Key}={Uri.EscapeDataString(k.Value)}"));
}
