using Microsoft.EntityFrameworkCore;

namespace Waypoint.Data;

/// <summary>
/// Asks PostgreSQL to plan each prepared statement once and reuse the plan (<c>plan_cache_mode = force_generic_plan</c>)
/// for the rest of this connection's current use. Left to choose, it re-plans a statement on every execution when its
/// estimate for the given values is a little cheaper than the reusable plan's (a team's queue estimated at 9 people
/// instead of an average 10), although the plans are the same: on the team overview that planning was 1 ms of the
/// database's 2.7 ms a view. Only for pages whose statements have been checked to keep the same plan (ADR 0006): a
/// prefix search, for one, needs a plan made for its prefix. Npgsql resets the session (RESET ALL) when the connection
/// next leaves the pool, so the setting never reaches another request; SQLite has no plan cache to set.
/// </summary>
public static class GenericPlans
{
    public static async Task UseForThisConnectionAsync(WaypointDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SET plan_cache_mode = force_generic_plan", cancellationToken);
        }
    }
}
