using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Infrastructure.Cases;

/// <summary>
/// Base for every page about one person: resolves the CRN through the access service (which audits the view or the
/// refusal) and answers 404 for an unknown CRN and 403 "This case is restricted" for a limited-access case.
/// </summary>
public abstract class CasePageModel(CaseAccessService access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Crn { get; set; } = "";

    public CaseSummary Case { get; private set; } = null!;

    public bool MayChange { get; private set; }

    /// <summary>Which part of the record the page shows, as written to the audit trail.</summary>
    protected abstract string AuditWhat { get; }

    protected CaseAccessService Access => access;

    protected async Task<IActionResult?> OpenCaseAsync(CancellationToken cancellationToken)
    {
        var result = await access.OpenAsync(Crn, AuditWhat, cancellationToken);
        switch (result.Status)
        {
            case CaseOpenStatus.NotFound:
                return NotFound();
            case CaseOpenStatus.Restricted:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Partial("_RestrictedCase", result.Crn);
            default:
                Case = result.Case!;
                Crn = Case.Crn;
                MayChange = access.MayChange(Case);

                // Everything a person types binds to text, so a value that fails to bind (a checkbox that is not
                // true or false, say) was tampered with: refuse it rather than save a guess.
                return HttpMethods.IsPost(Request.Method) && !ModelState.IsValid ? BadRequest() : null;
        }
    }
}
