using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Infrastructure.Cases;

public sealed record RiskFlagRow(
    int Id, RegistrationType Type, string Name, DateOnly StartDate, DateOnly? NextReviewDate, string? Notes, string AddedBy, DateOnly? EndedOn, bool NotesWithheld)
{
    public bool ReviewOverdue(DateOnly today) => EndedOn is null && NextReviewDate is { } review && review < today;
}

/// <summary>
/// A person's risk flags named in words, with review dates and notes. ViSOR-sensitive notes are withheld from staff
/// whose vetting is not current; every page that shows flag notes reads them here.
/// </summary>
public sealed class RiskFlagReader(WaypointDbContext db, CurrentUser user)
{
    public async Task<List<RiskFlagRow>> ReadAsync(int personId, bool currentOnly, CancellationToken cancellationToken)
    {
        var vetting = await db.StaffMembers.AsNoTracking().Where(s => s.Id == user.StaffMemberId)
            .Select(s => new { s.VettingLevel, s.VettingExpires }).SingleOrDefaultAsync(cancellationToken);
        var maySeeVisor = VettingRules.MaySeeVisorDetail(vetting?.VettingLevel, vetting?.VettingExpires, Display.Today);
        var query = db.Registrations.AsNoTracking().Where(r => r.PersonId == personId);
        if (currentOnly)
        {
            query = query.Where(r => r.EndedOn == null);
        }

        var flags = await query.OrderBy(r => r.EndedOn != null).ThenBy(r => r.Type)
            .Select(r => new { r.Id, r.Type, r.MappaCategory, r.MappaLevel, r.StartDate, r.NextReviewDate, r.Notes, AddedBy = r.AddedBy.FirstName + " " + r.AddedBy.LastName, r.EndedOn })
            .ToListAsync(cancellationToken);
        return flags.Select(f =>
        {
            var withheld = f.Type == RegistrationType.VisorRecord && !maySeeVisor;
            return new RiskFlagRow(f.Id, f.Type, RegistrationNames.Describe(f.Type, f.MappaCategory, f.MappaLevel), f.StartDate, f.NextReviewDate, withheld ? null : f.Notes, f.AddedBy, f.EndedOn, withheld);
        }).ToList();
    }
}
