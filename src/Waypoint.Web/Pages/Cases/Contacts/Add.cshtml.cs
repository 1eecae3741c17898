using Microsoft.AspNetCore.Mvc;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Contacts;

/// <summary>
/// Adds a case note. Only those who may change the record (its practitioner, their team and managers) may add one;
/// the note names its author and is audited with the change.
/// </summary>
public class AddModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Add case note";

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public bool IsSensitive { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenCaseAsync(cancellationToken) ?? (MayChange ? Page() : Forbid());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var notes = CaseNoteText.Validate(Notes, out var notesError);
        if (notesError is not null)
        {
            Errors.Add((notesError, "#notes"));
        }

        if (Errors.Count > 0)
        {
            ViewData["HasErrors"] = true;
            return Page();
        }

        var now = DateTime.UtcNow;
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            PersonId = Case.Id,
            Type = ContactType.CaseNote,
            AuthorStaffMemberId = user.StaffMemberId,
            Notes = notes!,
            IsSensitive = IsSensitive,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/contacts?added=true");
    }
}
