using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Workload;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Admin;

/// <summary>
/// The workload weight sets: every version with its date, the one in force shown in full, and a new version (starting
/// from the one in force) that takes effect today or later. Versions are never edited, so a past figure can be explained
/// with the weights in force then.
/// </summary>
public class WorkloadWeightsModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    public static readonly Grade[] CapacityGrades = [Grade.Po, Grade.Pso, Grade.Pqip, Grade.Spo];

    public IReadOnlyList<WeightSet> Versions { get; private set; } = [];

    public WeightSet InForce { get; private set; } = WeightSet.Default;

    [BindProperty]
    public DateParts EffectiveFrom { get; set; } = new();

    /// <summary>Every number on the form by field name ("case.A3.Community", "t2a.B2.Licence", "report.Standard", "target.Po", "hours.Po", "share.UpwOnly").</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public static string FieldId(string key) => "w-" + key.Replace('.', '-');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Values = ToValues(InForce);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var from = VersionDate.Read(EffectiveFrom, Versions.Select(v => v.EffectiveFrom), Errors);

        int Whole(string key, string label, int max)
        {
            if (int.TryParse(Values.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max)
            {
                return n;
            }

            Errors.Add(($"{label} must be a whole number from 0 to {max}", "#" + FieldId(key)));
            return 0;
        }

        var caseWeights = new Dictionary<(string, WorkloadCaseType), int>(InForce.CaseWeights);
        var t2a = new Dictionary<(string, WorkloadCaseType), int>(InForce.T2aWeights);
        foreach (var tier in WeightSet.ProtectChangeTiers)
        {
            foreach (var type in Enum.GetValues<WorkloadCaseType>())
            {
                caseWeights[(tier, type)] = Whole($"case.{tier}.{type}", $"{tier} {type.ToString().ToLowerInvariant()}", WeightSet.MaxWeight);
                t2a[(tier, type)] = Whole($"t2a.{tier}.{type}", $"Transition to adulthood {tier} {type.ToString().ToLowerInvariant()}", WeightSet.MaxWeight);
            }
        }

        var reports = Enum.GetValues<ReportType>().ToDictionary(r => r, r => Whole($"report.{r}", $"The {r.ToString().ToLowerInvariant()} report weight", WeightSet.MaxWeight));
        var shares = Enum.GetValues<InactiveReason>().ToDictionary(r => r, r => Whole($"share.{r}", $"The share kept for {WorkloadCalculator.InactiveWords(r)}", 100));
        var capacity = new Dictionary<Grade, GradeCapacity>(InForce.Capacity);
        foreach (var grade in CapacityGrades)
        {
            var target = Whole($"target.{grade}", $"The nominal target for {GradeNames.Describe(grade)}", 99_999);
            var hoursKey = $"hours.{grade}";
            if (!decimal.TryParse(Values.GetValueOrDefault(hoursKey), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours is < 0 or > WeightSet.MaxHours)
            {
                Errors.Add(($"Default hours for {GradeNames.Describe(grade)} must be from 0 to {WeightSet.MaxHours}", "#" + FieldId(hoursKey)));
            }

            capacity[grade] = new GradeCapacity(target, hours);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var set = new WeightSet(from!.Value, caseWeights, t2a, shares, reports, capacity, InForce.ReportDays);
        if (set.Problems() is { Count: > 0 } problems)
        {
            Errors.AddRange(problems.Select(p => (p, "#effective-from-day")));
            return Page();
        }

        db.WeightSetVersions.Add(new WeightSetVersion { EffectiveFrom = set.EffectiveFrom, WeightsJson = WeightSetJson.Serialize(set), CreatedBy = user.Name, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/workload-weights?saved=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = (await WorkloadRecalculator.WeightSetsAsync(db, cancellationToken)).OrderByDescending(v => v.EffectiveFrom).ToList();
        InForce = WeightSet.InForce(Versions, Display.Today);
    }

    private static Dictionary<string, string?> ToValues(WeightSet set)
    {
        var values = new Dictionary<string, string?>();
        foreach (var tier in WeightSet.ProtectChangeTiers)
        {
            foreach (var type in Enum.GetValues<WorkloadCaseType>())
            {
                values[$"case.{tier}.{type}"] = set.WeightOf(tier, type, false).ToString(CultureInfo.InvariantCulture);
                values[$"t2a.{tier}.{type}"] = set.WeightOf(tier, type, true).ToString(CultureInfo.InvariantCulture);
            }
        }

        foreach (var r in Enum.GetValues<ReportType>()) values[$"report.{r}"] = set.ReportWeights.GetValueOrDefault(r).ToString(CultureInfo.InvariantCulture);
        foreach (var r in Enum.GetValues<InactiveReason>()) values[$"share.{r}"] = set.InactiveSharePercent.GetValueOrDefault(r).ToString(CultureInfo.InvariantCulture);
        foreach (var g in CapacityGrades)
        {
            var c = set.Capacity.GetValueOrDefault(g) ?? new GradeCapacity(0, 0);
            values[$"target.{g}"] = c.NominalTarget.ToString(CultureInfo.InvariantCulture);
            values[$"hours.{g}"] = c.DefaultHours.ToString("0.##", CultureInfo.InvariantCulture);
        }

        return values;
    }
}
