using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Oversight;
using Waypoint.Domain.Organisation;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Oversight;

/// <summary>
/// Workforce for a head of PDU: their PDU, one of its teams or their region. Staff in post against funded posts, the
/// FTE the caseload needs, trainees' protection, sickness, leavers, practitioners over 110%, a 12-month trend (chart
/// with its table), and workforce diversity beside the caseload's with small numbers suppressed. The head of PDU
/// records the funded posts of their teams here.
/// </summary>
public class WorkforceModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public int? TeamId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dimension { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    [BindProperty] public int? PostTeamId { get; set; }
    [BindProperty] public string? PostGrade { get; set; }
    [BindProperty] public string? PostFte { get; set; }
    [BindProperty] public DateParts PostFrom { get; set; } = new();

    public EqualityArea AreaKind { get; private set; }
    public EqualityDimension DimensionKind { get; private set; }
    public string AreaName { get; private set; } = "";
    public List<(int Id, string Name)> Teams { get; private set; } = [];
    public WorkforceData Data { get; private set; } = null!;
    public List<(string Team, Grade Grade, decimal Fte, DateOnly From)> FundedPosts { get; private set; } = [];
    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return File(Encoding.UTF8.GetBytes(TrendCsv()), "text/csv", $"workforce-{AreaKind.ToString().ToLowerInvariant()}-{Display.Today:yyyy-MM-dd}.csv");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostFundedAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        if (PostTeamId is not { } teamId || Teams.All(t => t.Id != teamId))
        {
            Errors.Add(("Select a team in your PDU", "#post-team"));
        }

        if (!Enum.TryParse<Grade>(PostGrade, out var grade) || !WorkforceReport.Grades.Contains(grade))
        {
            Errors.Add(("Select the grade", "#post-grade"));
        }

        if (!decimal.TryParse(PostFte, NumberStyles.Number, CultureInfo.InvariantCulture, out var fte) || fte < 0 || fte > 500 || decimal.Round(fte, 2) != fte)
        {
            Errors.Add(("Enter the funded FTE as a number from 0 to 500, with up to 2 decimal places, like 6.5", "#post-fte"));
        }

        var from = PostFrom.TryGetDate("the date the posts are funded from", out var dateError);
        if (dateError is not null)
        {
            Errors.Add((dateError, "#post-from-day"));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var existing = await db.FundedPosts.SingleOrDefaultAsync(f => f.TeamId == PostTeamId && f.Grade == grade && f.EffectiveFrom == from, cancellationToken);
        if (existing is null)
        {
            db.FundedPosts.Add(new FundedPost { TeamId = PostTeamId!.Value, Grade = grade, Fte = fte, EffectiveFrom = from!.Value, CreatedBy = user.DisplayName, CreatedAt = DateTime.UtcNow });
        }
        else
        {
            existing.Fte = fte;
            existing.CreatedBy = user.DisplayName;
            existing.CreatedAt = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/oversight/workforce?area={AreaKind}&teamId={TeamId}&saved=true#funded-posts");
    }

    /// <summary>Reads the chosen area's workforce; false when the user belongs to no PDU.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (user.PduId is not { } pduId)
        {
            return false;
        }

        AreaKind = Enum.TryParse<EqualityArea>(Area, true, out var a) && Enum.IsDefined(a) ? a : EqualityArea.Pdu;
        DimensionKind = Enum.TryParse<EqualityDimension>(Dimension, true, out var d) && d is EqualityDimension.Ethnicity or EqualityDimension.Gender or EqualityDimension.AgeBand
            ? d : EqualityDimension.Ethnicity;
        var managed = await Team.ManagedTeams.ChooseAsync(db, user, TeamId, cancellationToken);
        (Teams, TeamId) = (managed.Teams, managed.TeamId);
        if (await OversightArea.ResolveAsync(db, AreaKind, pduId, TeamId, cancellationToken) is not var (areaId, areaName))
        {
            return false;
        }

        AreaName = areaName;
        Data = await WorkforceReport.ReadAsync(db, AreaKind, areaId, Display.Today, DimensionKind, cancellationToken);
        var teamIds = Teams.Select(t => t.Id).ToList();
        FundedPosts = (await db.FundedPosts.AsNoTracking().Where(f => teamIds.Contains(f.TeamId)).Join(db.Teams, f => f.TeamId, t => t.Id, (f, t) => new { t.Name, f.Grade, f.Fte, f.EffectiveFrom })
                .ToListAsync(cancellationToken))
            .OrderBy(f => f.Name).ThenBy(f => f.Grade).ThenByDescending(f => f.EffectiveFrom)
            .Select(f => (f.Name, f.Grade, f.Fte, f.EffectiveFrom)).ToList();
        return true;
    }

    public static string Count(int count) => Domain.Oversight.Disproportionality.IsSmall(count) ? "Fewer than 10" : count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Share(int count, int total) =>
        Domain.Oversight.Disproportionality.IsSmall(count) || total == 0 ? "" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Fte(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The trend chart: FTE in case-holding posts and the FTE the caseload needs at each month's end, as two lines.
    /// Server-rendered SVG with a title and description; the table below it has the same figures.
    /// </summary>
    public string TrendSvg()
    {
        var months = Data.Trend;
        const int width = 640, height = 260, left = 48, right = 16, top = 20, bottom = 40;
        var max = Math.Max(1m, months.Max(m => Math.Max(m.CaseHoldingFte, m.NeededFte)));
        max = Math.Ceiling(max / 5m) * 5m;
        double X(int i) => left + (width - left - right) * (months.Count == 1 ? 0.5 : i / (double)(months.Count - 1));
        double Y(decimal v) => top + (height - top - bottom) * (1 - (double)(v / max));
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Line(Func<WorkforceMonth, decimal> value) => string.Join(' ', months.Select((m, i) => $"{N(X(i))},{N(Y(value(m)))}"));
        var sb = new StringBuilder();
        sb.Append($"<svg role=\"img\" aria-labelledby=\"trend-title trend-desc\" width=\"100%\" viewBox=\"0 0 {width} {height}\" class=\"wp-chart\">");
        sb.Append("<title id=\"trend-title\">Case-holding FTE in post and FTE needed, last 12 months</title>");
        sb.Append("<desc id=\"trend-desc\">A solid blue line for the full-time equivalent of practitioners in post and a dashed red line for the FTE the caseload needs, at each month's end. The same figures are in the table below.</desc>");
        for (var tick = 0m; tick <= max; tick += max / 5m)
        {
            sb.Append($"<line x1=\"{left}\" y1=\"{N(Y(tick))}\" x2=\"{width - right}\" y2=\"{N(Y(tick))}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            sb.Append($"<text x=\"{left - 6}\" y=\"{N(Y(tick) + 4)}\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">{tick.ToString("0.#", CultureInfo.InvariantCulture)}</text>");
        }

        for (var i = 0; i < months.Count; i += 2)
        {
            sb.Append($"<text x=\"{N(X(i))}\" y=\"{height - 14}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#0b0c0c\">{months[i].MonthEnd.ToString("MMM yy", CultureInfo.InvariantCulture)}</text>");
        }

        sb.Append($"<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\" points=\"{Line(m => m.CaseHoldingFte)}\"/>");
        sb.Append($"<polyline fill=\"none\" stroke=\"#d4351c\" stroke-width=\"3\" stroke-dasharray=\"8 4\" points=\"{Line(m => m.NeededFte)}\"/>");
        return sb.Append("</svg>").ToString();
    }

    private string TrendCsv()
    {
        var sb = new StringBuilder();
        sb.AppendLine("month_end,headcount,fte_in_post,case_holding_fte,fte_needed,over_110_percent,sickness_days_per_fte");
        foreach (var m in Data.Trend)
        {
            sb.Append(m.MonthEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(m.Headcount.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(m.Fte.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(m.CaseHoldingFte.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(m.NeededFte.ToString("0.0", CultureInfo.InvariantCulture)).Append(',')
                .Append(m.OverCapacity.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(m.SicknessDaysPerFte?.ToString("0.0", CultureInfo.InvariantCulture) ?? "").AppendLine();
        }

        return sb.ToString();
    }
}
