using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Management oversight: a senior probation officer or head of PDU records what they reviewed, the direction given and
/// by when; it goes on the timeline and the practitioner's week until someone records what was done.
/// </summary>
public class OversightModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, TimeProvider clock) : CasePageModel(access)
{
    protected override string AuditWhat => "Management oversight";

    public sealed record Row(ManagementOversight Entry, string Author, string? CompletedBy);

    [BindProperty] public string? Reviewed { get; set; }
    [BindProperty] public string? Direction { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public int EntryId { get; set; }
    [BindProperty] public string? CompletionNote { get; set; }

    public List<Row> Entries { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];
    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;
    public bool IsManager => User.IsInRole(Roles.SeniorProbationOfficer) || User.IsInRole(Roles.HeadOfPdu);
    public bool MayComplete => MayChange && (IsManager || User.IsInRole(Roles.Practitioner));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!IsManager || !MayChange || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Require(Reviewed, "what you reviewed", "reviewed");
        Require(Direction, "the direction you gave", "direction");
        DateOnly? due = null;
        if (!DueOn.IsEmpty)
        {
            due = DueOn.TryGetDate("the date it is due by", out var error);
            if (error is null && due < Infrastructure.Display.Today)
            {
                error = "The date it is due by must be today or in the future";
            }

            if (error is not null)
            {
                Errors.Add((error, "#due-day"));
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ManagementOversights.Add(new ManagementOversight { PersonId = Case.Id, AuthorStaffMemberId = staffId, Reviewed = Reviewed!.Trim(), Direction = Direction!.Trim(), DueOn = due, CreatedAt = now });
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now), OccurredAt = now, PersonId = Case.Id, Type = ContactType.ManagementOversight, AuthorStaffMemberId = staffId, CreatedAt = now,
            Notes = $"Management oversight by {user.DisplayName}. Reviewed: {Reviewed!.Trim()} Direction: {Direction!.Trim()}{(due is { } d ? $" By {Infrastructure.Display.Date(d)}." : "")}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/cases/{Case.Crn}/oversight");
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayComplete || user.StaffMemberId is not { } staffId)
        {
            return Forbid();
        }

        var entry = await db.ManagementOversights.AsTracking().SingleOrDefaultAsync(o => o.Id == EntryId && o.PersonId == Case.Id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        Require(CompletionNote, "what was done", $"note-{entry.Id}");
        if (entry.CompletedAt is not null)
        {
            Errors.Add(("This direction has already been marked done", $"#note-{entry.Id}"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        entry.CompletedAt = now;
        entry.CompletedByStaffMemberId = staffId;
        entry.CompletionNote = CompletionNote!.Trim();
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now), OccurredAt = now, PersonId = Case.Id, Type = ContactType.ManagementOversight, AuthorStaffMemberId = staffId, CreatedAt = now,
            Notes = $"Management oversight direction done ({user.DisplayName}): {entry.CompletionNote}",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else updated this direction at the same time. Check it and try again.", $"#note-{entry.Id}"));
            return Page();
        }

        return Redirect($"/cases/{Case.Crn}/oversight");
    }

    private void Require(string? value, string what, string id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(($"Enter {what}", $"#{id}"));
        }
        else if (value.Length > ManagementOversightConfiguration.TextMaxLength)
        {
            Errors.Add(($"{char.ToUpperInvariant(what[0])}{what[1..]} must be {ManagementOversightConfiguration.TextMaxLength} characters or fewer", $"#{id}"));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var entries = await db.ManagementOversights.AsNoTracking().Where(o => o.PersonId == Case.Id).OrderByDescending(o => o.CreatedAt).ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.AuthorStaffMemberId).Concat(entries.Where(e => e.CompletedByStaffMemberId != null).Select(e => e.CompletedByStaffMemberId!.Value)).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FirstName + " " + s.LastName, cancellationToken);
        Entries = entries.Select(e => new Row(e, names.GetValueOrDefault(e.AuthorStaffMemberId, "Unknown"), e.CompletedByStaffMemberId is { } c ? names.GetValueOrDefault(c) : null)).ToList();
    }
}
