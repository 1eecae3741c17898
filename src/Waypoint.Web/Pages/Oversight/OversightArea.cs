using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Oversight;

namespace Waypoint.Web.Pages.Oversight;

/// <summary>The team, PDU or region a report covers, from the user's own team and PDU.</summary>
public static class OversightArea
{
    /// <summary>The area's id and name, or null when the user has no team or PDU to report on.</summary>
    public static async Task<(int Id, string Name)?> ResolveAsync(WaypointDbContext db, EqualityArea kind, int? pduId, int? teamId, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case EqualityArea.Team when teamId is { } team:
                return (team, await db.Teams.Where(x => x.Id == team).Select(x => x.Name).SingleAsync(cancellationToken));
            case EqualityArea.Region when pduId is { } pdu:
                var region = await db.Pdus.Where(x => x.Id == pdu).Select(x => new { x.RegionId, x.Region.Name }).SingleAsync(cancellationToken);
                return (region.RegionId, region.Name);
            case EqualityArea.Pdu when pduId is { } pdu:
                return (pdu, await db.Pdus.Where(x => x.Id == pdu).Select(x => x.Name).SingleAsync(cancellationToken));
            default:
                return null;
        }
    }
}
