using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

public class RiskFlagsModel(CaseAccessService access, WaypointDbContext db, CurrentUser user) : CasePageModel(access)
{
    protected override string AuditWhat => "Risk flags";

    public sealed record FlagRow(RegistrationType Type, string Name, DateOnly StartDate, DateOnly? NextReviewDate, string? Notes, string AddedBy, DateOnly? EndedOn, bool NotesWithheld);

    public List<FlagRow> Flags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        // ViSOR-sensitive notes are shown only to staff whose vetting is current.
        var vetting = await db.StaffMembers.AsNoTracking().Where(s => s.Id == user.StaffMemberId)
            .Select(s => new { s.VettingLevel, s.VettingExpires }).SingleOrDefaultAsync(cancellationToken);
        var maySeeVisor = VettingRules.MaySeeVisorDetail(vetting?.VettingLevel, vetting?.VettingExpires, Display.Today);
        var flags = await db.Registrations.AsNoTracking().Where(r => r.PersonId == Case.Id)
            .OrderBy(r => r.EndedOn != null).ThenBy(r => r.Type)
            .Select(r => new { r.Type, r.MappaCategory, r.MappaLevel, r.StartDate, r.NextReviewDate, r.Notes, AddedBy = r.AddedBy.FirstName + " " + r.AddedBy.LastName, r.EndedOn })
            .ToListAsync(cancellationToken);
        Flags = flags.Select(f =>
        {
            var withheld = f.Type == RegistrationType.VisorRecord && !maySeeVisor;
            return new FlagRow(f.Type, RegistrationNames.Describe(f.Type, f.MappaCategory, f.MappaLevel), f.StartDate, f.NextReviewDate, withheld ? null : f.Notes, f.AddedBy, f.EndedOn, withheld);
        }).ToList();
        return Page();
    }
}
