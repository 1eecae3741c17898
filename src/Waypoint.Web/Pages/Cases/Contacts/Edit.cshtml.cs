using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases.Contacts;

/// <summary>The author may correct a case note within a day; the earlier text is kept as a revision.</summary>
public class EditModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Edit case note";

    [BindProperty(SupportsGet = true)]
    public Guid ContactId { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public bool IsSensitive { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var contact = await FindEditableAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
        }

        Notes = contact.Notes;
        IsSensitive = contact.IsSensitive;
        Version = contact.Version.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        var contact = await FindEditableAsync(cancellationToken);
        if (contact is null)
        {
            return NotFound();
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
        db.ContactRevisions.Add(new ContactRevision
        {
            ContactId = contact.Id,
            ContactOccurredAt = contact.OccurredAt,
            PreviousNotes = contact.Notes,
            PreviousIsSensitive = contact.IsSensitive,
            RevisedAt = now,
            RevisedByStaffMemberId = user.StaffMemberId,
        });
        db.Entry(contact).Property(c => c.Version).OriginalValue = version;
        contact.Notes = notes!;
        contact.IsSensitive = IsSensitive;
        contact.EditedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == ContactId && c.PersonId == Case.Id, cancellationToken);
            Notes = current.Notes;
            IsSensitive = current.IsSensitive;
            Version = current.Version.ToString(CultureInfo.InvariantCulture);
            Errors.Add(("This note was changed in another window or by someone else while you were editing. Nothing was saved: check the current text below and make your change again", "#notes"));
            ViewData["HasErrors"] = true;
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/contacts");
    }

    private Task<Contact?> FindEditableAsync(CancellationToken cancellationToken)
    {
        var editableSince = DateTime.UtcNow - IndexModel.EditWindow;
        var me = user.StaffMemberId;
        return db.Contacts.SingleOrDefaultAsync(c => c.Id == ContactId && c.PersonId == Case.Id && c.Type == ContactType.CaseNote
            && me != null && c.AuthorStaffMemberId == me && c.CreatedAt >= editableSince, cancellationToken);
    }
}
