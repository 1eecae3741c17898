using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Auditing;

namespace Waypoint.Web.Pages.Account;

public class SignInModel(SignInManager<ApplicationUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Href == "#" + field).Text;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors.Add(("Enter your email address", "#email"));
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add(("Enter your password", "#password"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var email = Email!.Trim();
        var result = await signIn.PasswordSignInAsync(email, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordSignInAsync(email, true, "Signed in", cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        await audit.RecordSignInAsync(email, false, result.IsLockedOut ? "Locked out" : result.IsNotAllowed ? "Account not active" : "Wrong email or password", cancellationToken);
        Errors.Add(result.IsLockedOut
            ? ("Your account is locked after too many attempts. Try again in 15 minutes or ask an administrator to unlock it", "#email")
            : result.IsNotAllowed
                ? ("Your account is not active. Ask an administrator if you need access", "#email")
                : ("Enter a correct email address and password", "#email"));
        return Page();
    }
}
