using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.Cases;

public class OverviewModel(CaseAccessService access, WaypointDbContext db, RiskFlagReader flagReader) : CasePageModel(access)
{
    protected override string AuditWhat => "Case overview";

    public List<Sentence> Sentences { get; private set; } = [];

    public List<RiskFlagRow> Flags { get; private set; } = [];

    public List<LinkRow> Links { get; private set; } = [];

    public List<AllocationRow> Allocations { get; private set; } = [];

    public Address? MainAddress { get; private set; }

    public sealed record PersonFacts(string? Phone, string? PncNumber, Domain.People.PreferredContactMethod PreferredContactMethod, string? Language, bool InterpreterRequired);

    public PersonFacts Facts { get; private set; } = null!;

    public sealed record LinkRow(string Crn, string Name, string Relationship, string? Practitioner);

    public sealed record AllocationRow(string Practitioner, string Team, DateOnly From, DateOnly? To, string Reason);

    // Compiled: the case overview is the page viewed most (ADR 0006).
    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<ConvictionEvent>>> ActiveEvents = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, int, ConvictionEvent>((db, id) =>
            db.Events.AsNoTracking().Include(e => e.Sentence).Where(e => e.PersonId == id && e.IsActive && e.Sentence != null).OrderBy(e => e.Id)));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, Task<PersonFacts>>> FactsOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int id) => db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PersonFacts(p.Phone, p.PncNumber, p.PreferredContactMethod, p.Language, p.InterpreterRequired)).Single()));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, Task<Address?>>> MainAddressOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int id) =>
            db.Addresses.AsNoTracking().Where(a => a.PersonId == id && a.Status == Domain.People.AddressStatus.Main).OrderBy(a => a.Id).FirstOrDefault()));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<AllocationRow>>> AllocationsOf = new(() =>
        EF.CompileAsyncQuery<WaypointDbContext, int, AllocationRow>((db, id) => db.Allocations.AsNoTracking().Where(a => a.PersonId == id).OrderByDescending(a => a.From)
            .Select(a => new AllocationRow(a.StaffMember.FirstName + " " + a.StaffMember.LastName, a.Team.Name, a.From, a.To, a.Reason))));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var id = Case.Id;
        var active = await ActiveEvents.For(db)(db, id).ToListAsync(cancellationToken);
        await SentenceDetails.LoadAsync(db, active, cancellationToken);
        Sentences = active.Select(e => e.Sentence!).ToList();
        Flags = await flagReader.ReadAsync(id, currentOnly: true, cancellationToken);
        Facts = await FactsOf.For(db)(db, id);
        MainAddress = await MainAddressOf.For(db)(db, id);

        var links = await db.PersonLinks.AsNoTracking().Where(l => l.PersonId == id).Select(l => new
        {
            l.LinkedPersonId, l.LinkedPerson.Crn, l.LinkedPerson.FirstName, l.LinkedPerson.LastName, l.LinkType,
            LimitedAccess = l.LinkedPerson.HasExclusions || l.LinkedPerson.HasRestrictions,
            Practitioner = l.LinkedPerson.ResponsibleStaffMember == null ? null : l.LinkedPerson.ResponsibleStaffMember.FirstName + " " + l.LinkedPerson.ResponsibleStaffMember.LastName,
        }).ToListAsync(cancellationToken);
        // A link never reveals a person the viewer may not see.
        var hidden = await Access.HiddenAmongAsync(links.Select(l => (l.LinkedPersonId, l.LimitedAccess)), cancellationToken);
        Links = links.Where(l => !hidden.Contains(l.LinkedPersonId))
            .Select(l => new LinkRow(l.Crn, $"{l.FirstName} {l.LastName}", Infrastructure.Display.Words(l.LinkType), l.Practitioner)).ToList();

        Allocations = await AllocationsOf.For(db)(db, id).ToListAsync(cancellationToken);
        return Page();
    }
}
