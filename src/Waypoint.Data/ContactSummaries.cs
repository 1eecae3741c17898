using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;

namespace Waypoint.Data;

/// <summary>
/// Keeps each person's <see cref="Person.LastContactAt"/>, <see cref="Person.LastSeenAt"/> and
/// <see cref="Person.LastAttendedAt"/> true. The context calls
/// <see cref="RefreshAsync"/> in the same transaction whenever it saves an added, changed or removed contact; bulk
/// loads that bypass the context (binary COPY) call it for the people they loaded. Caseloads, My week and the team
/// overview then read one column per person instead of searching every monthly partition of contacts for each row.
/// </summary>
public static class ContactSummaries
{
    /// <summary>Recomputes the dates from the person's contacts (one UPDATE; the person's edit version is not touched).</summary>
    public static Task<int> RefreshAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default) =>
        db.People.Where(p => personIds.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.LastContactAt, p => db.Contacts
                .Where(c => c.PersonId == p.Id && c.Type != ContactType.CaseNote
                    && (c.Outcome == null || c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied))
                .Max(c => (DateTime?)c.OccurredAt))
            .SetProperty(p => p.LastSeenAt, p => db.Contacts
                .Where(c => c.PersonId == p.Id && ContactStandardReader.SupervisionContacts.Contains(c.Type)
                    && (c.Outcome == null || c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied))
                .Max(c => (DateTime?)c.OccurredAt))
            .SetProperty(p => p.LastAttendedAt, p => db.Contacts
                .Where(c => c.PersonId == p.Id && (c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied))
                .Max(c => (DateTime?)c.OccurredAt)),
            cancellationToken);
}
