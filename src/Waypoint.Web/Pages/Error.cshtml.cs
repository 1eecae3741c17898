using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Pages;

[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public IReadOnlyList<string> Lines { get; private set; } = ["Try again later. Nothing you entered was saved."];

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Lines) = code switch
        {
            404 => ("Page not found", ["If you typed the web address, check it is correct.", "If you entered a CRN, check it is one letter followed by six digits, like X123456."]),
            400 => ("Sorry, the request could not be understood", (IReadOnlyList<string>)["Go back and try again. Nothing was saved."]),
            403 => ("You do not have permission to see this page", ["Ask your line manager if you think you need access."]),
            _ => (Heading, Lines),
        };
    }
}
