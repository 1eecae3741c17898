using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Access;
using Waypoint.Domain.People;
using Waypoint.Web.Infrastructure.Auditing;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Infrastructure.Cases;

/// <summary>The facts about a case that every case page and API operation needs.</summary>
public sealed record CaseSummary(
    int Id, string Crn, string FirstName, string LastName, DateOnly DateOfBirth,
    int? ResponsibleStaffMemberId, string? ResponsiblePractitioner, int? ResponsibleTeamId, string? ResponsibleTeam, int? ResponsiblePduId,
    bool HasExclusions, bool HasRestrictions)
{
    public string FullName => $"{FirstName} {LastName}";

    public string? Tier { get; init; }

    public bool TierProvisional { get; init; }

    public Domain.Tiering.RoshLevel? Rosh { get; init; }

    public CaseChangeContext ChangeContext => new(ResponsibleStaffMemberId, ResponsibleTeamId, ResponsiblePduId);
}

public enum CaseOpenStatus
{
    Opened = 1,
    NotFound,
    Restricted,
}

public sealed record CaseOpenResult(CaseOpenStatus Status, string? Crn, CaseSummary? Case);

/// <summary>
/// The one place that decides who may see a case: pages, the API, search, lists and links all ask here. Opening a
/// record writes a view to the audit trail; a refused attempt writes an access-denied entry.
/// </summary>
public sealed class CaseAccessService(WaypointDbContext db, CurrentUser user, AuditLog audit)
{
    /// <summary>
    /// Every case page and API call starts here, so the query is compiled (once per model, <see cref="CompiledQuery{TDelegate}"/>):
    /// EF Core then skips translating and looking up the LINQ expression on each request.
    /// </summary>
    private static readonly CompiledQuery<Func<WaypointDbContext, string, CancellationToken, Task<CaseSummary?>>> SummaryByCrnQuery = new(() => EF.CompileAsyncQuery(
        (WaypointDbContext db, string crn, CancellationToken cancellationToken) => db.People.AsNoTracking().Where(p => p.Crn == crn).Select(p => new CaseSummary(
                p.Id, p.Crn, p.FirstName, p.LastName, p.DateOfBirth,
                p.ResponsibleStaffMemberId, p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
                p.ResponsibleTeamId, p.ResponsibleTeam == null ? null : p.ResponsibleTeam.Name, p.ResponsibleTeam == null ? null : p.ResponsibleTeam.PduId,
                p.HasExclusions, p.HasRestrictions)
            {
                Tier = p.CurrentTier,
                TierProvisional = p.TierProvisional,
                Rosh = p.CurrentRosh,
            })
            .SingleOrDefault()));

    private static Task<CaseSummary?> SummaryByCrn(WaypointDbContext db, string crn, CancellationToken cancellationToken) =>
        SummaryByCrnQuery.For(db)(db, crn, cancellationToken);

    public async Task<CaseOpenResult> OpenAsync(string? crnText, string what, CancellationToken cancellationToken)
    {
        if (!Crn.TryParse(crnText, out var crn))
        {
            return new CaseOpenResult(CaseOpenStatus.NotFound, null, null);
        }

        var summary = await SummaryByCrn(db, crn.Value, cancellationToken);
        if (summary is null)
        {
            return new CaseOpenResult(CaseOpenStatus.NotFound, crn.Value, null);
        }

        if (await DecideAsync(summary.Id, summary.HasExclusions || summary.HasRestrictions, cancellationToken) != CaseAccessDecision.Allowed)
        {
            await audit.RecordDeniedAsync(summary.Id, summary.Crn, what, cancellationToken);
            return new CaseOpenResult(CaseOpenStatus.Restricted, summary.Crn, null);
        }

        await audit.RecordViewAsync(summary.Id, summary.Crn, what, cancellationToken);
        return new CaseOpenResult(CaseOpenStatus.Opened, summary.Crn, summary);
    }

    public bool MayChange(CaseSummary summary) => CaseChangeRules.MayChange(user.AsChangingUser(), summary.ChangeContext);

    /// <summary>Of the given people, those the current user may not see. Only limited-access cases are looked up.</summary>
    public async Task<IReadOnlySet<int>> HiddenAmongAsync(IEnumerable<(int PersonId, bool LimitedAccess)> people, CancellationToken cancellationToken)
    {
        var limited = people.Where(p => p.LimitedAccess).Select(p => p.PersonId).Distinct().ToList();
        if (limited.Count == 0)
        {
            return new HashSet<int>();
        }

        var entries = await db.CaseAccessEntries.AsNoTracking().Where(e => limited.Contains(e.PersonId))
            .Select(e => new { e.PersonId, e.Kind, e.StaffMemberId }).ToListAsync(cancellationToken);
        var lookup = entries.ToLookup(e => e.PersonId, e => new CaseAccessListEntry(e.Kind, e.StaffMemberId));
        return limited.Where(id => Decide(lookup[id]) != CaseAccessDecision.Allowed).ToHashSet();
    }

    private async Task<CaseAccessDecision> DecideAsync(int personId, bool limitedAccess, CancellationToken cancellationToken)
    {
        if (!limitedAccess)
        {
            return CaseAccessDecision.Allowed;
        }

        var entries = await db.CaseAccessEntries.AsNoTracking().Where(e => e.PersonId == personId)
            .Select(e => new CaseAccessListEntry(e.Kind, e.StaffMemberId)).ToListAsync(cancellationToken);
        return Decide(entries);
    }

    private CaseAccessDecision Decide(IEnumerable<CaseAccessListEntry> entries) => CaseAccessRules.Decide(user.StaffMemberId, entries);
}
