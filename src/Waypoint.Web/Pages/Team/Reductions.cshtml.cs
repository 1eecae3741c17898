using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Team;

/// <summary>
/// A practitioner's reductions, managed by their team manager: presets for trainees, newly qualified officers and PSO
/// learning (which set their own end dates), or hours/percentages as agreed. Saving recalculates the workload at once.
/// </summary>
public class ReductionsModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    public static readonly ReductionReason[] Presets = [ReductionReason.TraineeProbationOfficer, ReductionReason.NewlyQualifiedOfficer, ReductionReason.PsoLearningAndDevelopment];

    [BindProperty(SupportsGet = true)]
    public int StaffId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public DateParts Start { get; set; } = new();

    [BindProperty]
    public DateParts End { get; set; } = new();

    [BindProperty]
    public int? EndReductionId { get; set; }

    [BindProperty]
    public string? Hours { get; set; }

    public string Name { get; private set; } = "";

    public decimal ContractedHours { get; private set; }

    public int TeamId { get; private set; }

    public List<StaffReduction> Reductions { get; private set; } = [];

    public PractitionerWorkload? Workload { get; private set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Start = DateParts.From(Display.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ReductionReason reason = default;
        if (string.IsNullOrEmpty(Reason))
        {
            Errors.Add(("Select the reason for the reduction", "#reason"));
        }
        else if (!Enum.TryParse(Reason, out reason) || !Enum.IsDefined(reason))
        {
            return BadRequest();
        }

        var start = Start.TryGetDate("the start date", out var startError);
        if (startError is not null)
        {
            Errors.Add((startError, "#start-day"));
        }

        var rows = new List<Reduction>();
        if (Errors.Count == 0 && Presets.Contains(reason))
        {
            rows.AddRange(reason switch
            {
                ReductionReason.TraineeProbationOfficer => ReductionRules.TraineePreset(start!.Value),
                ReductionReason.NewlyQualifiedOfficer => [ReductionRules.NewlyQualifiedPreset(start!.Value)],
                _ => [ReductionRules.PsoLearningPreset(start!.Value)],
            });
        }
        else if (Errors.Count == 0)
        {
            DateOnly? end = null;
            if (!End.IsEmpty)
            {
                end = End.TryGetDate("the end date", out var endError);
                if (endError is null && end < start)
                {
                    endError = "The end date must be on or after the start date";
                }

                if (endError is not null)
                {
                    Errors.Add((endError, "#end-day"));
                }
            }

            var percent = Unit == "percent";
            if (Unit is not ("percent" or "hours"))
            {
                Errors.Add(("Select hours a week or a percentage of contracted hours", "#unit"));
            }
            else if (!decimal.TryParse(Amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0
                || (percent && amount > ReductionRules.MaxPercent(reason)) || (!percent && amount > ContractedHours))
            {
                Errors.Add((percent
                    ? $"Enter a percentage above 0 and no more than {ReductionRules.MaxPercent(reason):0.##}% for {ReductionRules.Describe(reason).ToLowerInvariant()}"
                    : $"Enter hours above 0 and no more than the {ContractedHours:0.##} contracted hours", "#amount"));
            }
            else if (Errors.Count == 0)
            {
                rows.Add(new Reduction(reason, start!.Value, end, percent ? null : amount, percent ? amount : null));
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = DateTime.UtcNow;
        db.StaffReductions.AddRange(rows.Select(r => new StaffReduction
        {
            StaffMemberId = StaffId, Reason = r.Reason, Hours = r.Hours, Percent = r.Percent, Start = r.Start, End = r.End, CreatedBy = user.Name, CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await WorkloadRecalculator.RecalculateAsync(db, [StaffId], Display.Today, cancellationToken);
        return Redirect($"/team/workload/{StaffId}/reductions?saved=true");
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var reduction = await db.StaffReductions.SingleOrDefaultAsync(r => r.Id == EndReductionId && r.StaffMemberId == StaffId, cancellationToken);
        if (reduction is null)
        {
            return NotFound();
        }

        var yesterday = Display.Today.AddDays(-1);
        reduction.End = reduction.Start > yesterday ? reduction.Start : yesterday;
        await db.SaveChangesAsync(cancellationToken);
        await WorkloadRecalculator.RecalculateAsync(db, [StaffId], Display.Today, cancellationToken);
        return Redirect($"/team/workload/{StaffId}/reductions?ended=true");
    }

    /// <summary>Changes the practitioner's contracted hours (0 to 37.5), which sets their capacity; recalculated at once.</summary>
    public async Task<IActionResult> OnPostHoursAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!decimal.TryParse(Hours, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours < 0 || hours > WeightSet.MaxHours || hours * 100 != Math.Floor(hours * 100))
        {
            Errors.Add(($"Enter contracted hours from 0 to {WeightSet.MaxHours}, to at most 2 decimal places", "#hours"));
            return Page();
        }

        var staff = await db.StaffMembers.SingleAsync(s => s.Id == StaffId, cancellationToken);
        staff.ContractedHours = hours;
        await db.SaveChangesAsync(cancellationToken);
        await WorkloadRecalculator.RecalculateAsync(db, [StaffId], Display.Today, cancellationToken);
        return Redirect($"/team/workload/{StaffId}/reductions?saved=hours");
    }

    /// <summary>The practitioner, if they are in the manager's team (or, for a head of PDU, the PDU).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.Id == StaffId)
            .Select(s => new { Name = s.FirstName + " " + s.LastName, s.ContractedHours, s.TeamId, s.Team.PduId }).SingleOrDefaultAsync(cancellationToken);
        if (staff is null || !(user.IsInRole(Roles.HeadOfPdu) ? staff.PduId == user.PduId : staff.TeamId == user.TeamId))
        {
            return false;
        }

        (Name, ContractedHours, TeamId) = (staff.Name, staff.ContractedHours, staff.TeamId);
        Reductions = await db.StaffReductions.AsNoTracking().Where(r => r.StaffMemberId == StaffId).OrderByDescending(r => r.Start).ToListAsync(cancellationToken);
        Workload = (await WorkloadRecalculator.ReadAsync(db, [StaffId], Display.Today, cancellationToken)).Single();
        return true;
    }
}
