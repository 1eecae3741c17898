using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages;

public sealed record CaseHeaderModel(CaseSummary Case, string Active);
