using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.People;

namespace Waypoint.Data;

/// <summary>Small reads several services share: the person's current address, the service's own holidays.</summary>
public static class RecordLookups
{
    /// <summary>The current main address (the latest started and not ended), or none.</summary>
    public static async Task<Address?> CurrentAddressAsync(WaypointDbContext db, int personId, CancellationToken cancellationToken) =>
        await db.Addresses.AsNoTracking()
            .Where(a => a.PersonId == personId && a.Status == AddressStatus.Main && a.To == null)
            .OrderByDescending(a => a.From).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The administrator's one-off holidays, which working-day deadlines skip as well as the bank holidays.</summary>
    public static async Task<IReadOnlySet<DateOnly>> ServiceHolidaysAsync(WaypointDbContext db, CancellationToken cancellationToken) =>
        (await HolidayDates.For(db)(db).ToListAsync(cancellationToken)).ToHashSet();

    // Compiled (ADR 0006): read by every deadline and queue.
    private static readonly CompiledQuery<Func<WaypointDbContext, IAsyncEnumerable<DateOnly>>> HolidayDates = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db) => db.ServiceHolidays.AsNoTracking().Select(h => h.Date)));
}
