using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages;

public sealed record CaseloadTableModel(IReadOnlyList<CaseloadRow> Rows, CaseloadQuery Query, string BasePath, bool ShowPractitioner, string Caption, IReadOnlyDictionary<string, string>? Keep = null)
{
    public string Link(string sortKey) => Query.Link(BasePath, sortKey) + string.Concat((Keep ?? new Dictionary<string, string>()).Select(k => $"&{k.Key}={Uri.EscapeDataString(k.Value)}"));
}
