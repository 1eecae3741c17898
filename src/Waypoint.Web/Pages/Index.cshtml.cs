using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;

namespace Waypoint.Web.Pages;

/// <summary>Sends each user to the page their work starts from (a practitioner's is My week, a manager's the team overview).</summary>
public class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        User.IsInRole(Roles.Practitioner) ? Redirect("/week")
        : User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu) ? Redirect("/team/overview")
        : User.IsInRole(Roles.Auditor) ? Redirect("/audit")
        : Redirect("/search");
}
