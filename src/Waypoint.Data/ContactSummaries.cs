using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;

namespace Waypoint.Data;

/// <summary>
/// Keeps each person's <see cref="Person.LastContactAt"/>, <see cref="Person.LastSeenAt"/> and
/// <see cref="Person.LastAttendedAt"/> true. The context calls <see cref="BringForwardAsync"/> in the same transaction
/// when it saves new contacts, and <see cref="RefreshAsync"/> when it saves a changed or removed one; bulk loads that
/// bypass the context (binary COPY) call <see cref="RefreshAsync"/> for the people they loaded. Caseloads, My week and
/// the team overview then read one column per person instead of searching every monthly partition of contacts for
/// each row.
/// </summary>
public static class ContactSummaries
{
    /// <summary>Contact with the person: anything but a case note, unless they did not attend.</summary>
    public static readonly Expression<Func<Contact, bool>> CountsAsContact = c => c.Type != ContactType.CaseNote
        && (c.Outcome == null || c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied);

    /// <summary>Being seen, as the contact standard counts it: a supervision contact they did not miss.</summary>
    public static readonly Expression<Func<Contact, bool>> CountsAsSeen = c => ContactStandardReader.SupervisionContacts.Contains(c.Type)
        && (c.Outcome == null || c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied);

    /// <summary>Attending anything.</summary>
    public static readonly Expression<Func<Contact, bool>> CountsAsAttended = c => c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied;

    /// <summary>More people than this in one save are recomputed in one statement rather than one each.</summary>
    public const int BringForwardLimit = 20;

    private static readonly Func<Contact, bool> IsContact = CountsAsContact.Compile();
    private static readonly Func<Contact, bool> IsSeen = CountsAsSeen.Compile();
    private static readonly Func<Contact, bool> IsAttended = CountsAsAttended.Compile();

    /// <summary>Recomputes the dates from the person's contacts (one UPDATE; the person's edit version is not touched).</summary>
    public static Task<int> RefreshAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default) =>
        db.People.Where(p => personIds.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.LastContactAt, p => db.Contacts.Where(c => c.PersonId == p.Id).Where(CountsAsContact).Max(c => (DateTime?)c.OccurredAt))
            .SetProperty(p => p.LastSeenAt, p => db.Contacts.Where(c => c.PersonId == p.Id).Where(CountsAsSeen).Max(c => (DateTime?)c.OccurredAt))
            .SetProperty(p => p.LastAttendedAt, p => db.Contacts.Where(c => c.PersonId == p.Id).Where(CountsAsAttended).Max(c => (DateTime?)c.OccurredAt)),
            cancellationToken);

    /// <summary>
    /// After new contacts only: each date moves forward to the latest new contact that counts for it, without reading
    /// the person's other contacts (the stored date is already the latest of those). Recording an outcome had spent
    /// three-quarters of PostgreSQL's time for the write re-reading every monthly partition of contacts.
    /// </summary>
    public static async Task BringForwardAsync(WaypointDbContext db, IReadOnlyCollection<Contact> added, CancellationToken cancellationToken = default)
    {
        var byPerson = added.Where(c => c.PersonId != 0).GroupBy(c => c.PersonId).ToList();
        if (byPerson.Count > BringForwardLimit)
        {
            await RefreshAsync(db, byPerson.Select(g => g.Key).ToList(), cancellationToken);
            return;
        }

        foreach (var contacts in byPerson)
        {
            var contact = contacts.Where(IsContact).Max(c => (DateTime?)c.OccurredAt);
            var seen = contacts.Where(IsSeen).Max(c => (DateTime?)c.OccurredAt);
            var attended = contacts.Where(IsAttended).Max(c => (DateTime?)c.OccurredAt);
            if (contact is null && seen is null && attended is null)
            {
                continue;
            }

            await db.People.Where(p => p.Id == contacts.Key).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.LastContactAt, p => contact != null && (p.LastContactAt == null || p.LastContactAt < contact) ? contact : p.LastContactAt)
                .SetProperty(p => p.LastSeenAt, p => seen != null && (p.LastSeenAt == null || p.LastSeenAt < seen) ? seen : p.LastSeenAt)
                .SetProperty(p => p.LastAttendedAt, p => attended != null && (p.LastAttendedAt == null || p.LastAttendedAt < attended) ? attended : p.LastAttendedAt),
                cancellationToken);
        }
    }
}
