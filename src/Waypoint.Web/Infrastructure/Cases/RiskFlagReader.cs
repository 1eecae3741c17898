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
    // Compiled: every case overview reads them (ADR 0006).
    private static readonly CompiledQuery<Func<WaypointDbContext, int?, Task<Vetting?>>> VettingOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int? staffId) =>
            db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => new Vetting(s.VettingLevel, s.VettingExpires)).SingleOrDefault()));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, bool, IAsyncEnumerable<FlagData>>> FlagsOf = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, int, bool, FlagData>((db, personId, currentOnly) =>
            db.Registrations.AsNoTracking().Where(r => r.PersonId == personId && (!currentOnly || r.EndedOn == null))
                .OrderBy(r => r.EndedOn != null).ThenBy(r => r.Type)
                .Select(r => new FlagData(r.Id, r.Type, r.MappaCategory, r.MappaLevel, r.StartDate, r.NextReviewDate, r.Notes, r.AddedBy.FirstName + " " + r.AddedBy.LastName, r.EndedOn))));

    public async Task<List<RiskFlagRow>> ReadAsync(int personId, bool currentOnly, CancellationToken cancellationToken)
    {
        var vetting = await VettingOf.For(db)(db, user.StaffMemberId);
        var maySeeVisor = VettingRules.MaySeeVisorDetail(vetting?.Level, vetting?.Expires, Display.Today);
        var flags = await FlagsOf.For(db)(db, personId, currentOnly).ToListAsync(cancellationToken);
        return flags.Select(f =>
        {
            var withheld = f.Type == RegistrationType.VisorRecord && !maySeeVisor;
            return new RiskFlagRow(f.Id, f.Type, RegistrationNames.Describe(f.Type, f.MappaCategory, f.MappaLevel), f.StartDate, f.NextReviewDate, withheld ? null : f.Notes, f.AddedBy, f.EndedOn, withheld);
        }).ToList();
    }

    private sealed record Vetting(VettingLevel? Level, DateOnly? Expires);

    private sealed record FlagData(int Id, RegistrationType Type, int? MappaCategory, int? MappaLevel, DateOnly StartDate, DateOnly? NextReviewDate, string? Notes, string AddedBy, DateOnly? EndedOn);
}
