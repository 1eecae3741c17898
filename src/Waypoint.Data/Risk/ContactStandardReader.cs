using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Risk;

/// <summary>The contact standard's versions (the built-in default when none is stored) and the contacts that count towards it.</summary>
public static class ContactStandardReader
{
    /// <summary>Contacts that count as seeing the person: in the office, at home, by phone or video, or a three-way meeting.</summary>
    public static readonly ContactType[] SupervisionContacts =
        [ContactType.OfficeVisit, ContactType.HomeVisit, ContactType.PhoneCall, ContactType.VideoCall, ContactType.ThreeWayMeeting];

    // Compiled (ADR 0006): every caseload-wide page reads the standard.
    private static readonly CompiledQuery<Func<WaypointDbContext, IAsyncEnumerable<ContactStandardEntry>>> Entries = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db) => db.ContactStandardEntries.AsNoTracking()));

    public static async Task<IReadOnlyList<ContactStandardVersion>> VersionsAsync(WaypointDbContext db, CancellationToken cancellationToken)
    {
        var rows = await Entries.For(db)(db).ToListAsync(cancellationToken);
        var stored = rows.GroupBy(r => r.EffectiveFrom)
            .Select(g => new ContactStandardVersion(g.Key, g.OrderBy(r => r.Tier).Select(r => new ContactStandardRow(r.Tier, r.IntervalDays, r.Kind)).ToList(),
                g.First().WeeklyWeeksAfterStart))
            .ToList();
        return [ContactStandard.Default, .. stored];
    }

    public static async Task<DateOnly?> LastSupervisionContactAsync(WaypointDbContext db, int personId, DateTime now, CancellationToken cancellationToken)
    {
        var last = await db.Contacts.AsNoTracking()
            .Where(c => c.PersonId == personId && SupervisionContacts.Contains(c.Type) && c.OccurredAt <= now)
            .MaxAsync(c => (DateTime?)c.OccurredAt, cancellationToken);
        return last is { } at ? DateOnly.FromDateTime(at) : null;
    }
}
