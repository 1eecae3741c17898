using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Oversight;
using Waypoint.Domain.Oversight;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Oversight;

/// <summary>
/// Equality monitoring for a period and area: each group's rate of an outcome, its relative rate index against the
/// reference group with a 95% confidence interval, small numbers suppressed; a chart with the table beside it, and CSV.
/// </summary>
public class EqualityModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Measure { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dimension { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }

    public EqualityArea AreaKind { get; private set; }
    public EqualityMeasure MeasureKind { get; private set; }
    public EqualityDimension DimensionKind { get; private set; }
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public string AreaName { get; private set; } = "";
    public EqualityRows Rows { get; private set; } = null!;
    public IReadOnlyList<RelativeRate> Rates { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today;
        AreaKind = Enum.TryParse<EqualityArea>(Area, true, out var a) && Enum.IsDefined(a) ? a : EqualityArea.Pdu;
        MeasureKind = Enum.TryParse<EqualityMeasure>(Measure, true, out var m) && Enum.IsDefined(m) ? m : EqualityMeasure.Warnings;
        DimensionKind = Enum.TryParse<EqualityDimension>(Dimension, true, out var d) && Enum.IsDefined(d) ? d : EqualityDimension.Ethnicity;
        FromDate = DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : today.AddYears(-1);
        ToDate = DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today;
        if (ToDate < FromDate)
        {
            Error = "The end of the period must be on or after its start";
            (FromDate, ToDate) = (ToDate, FromDate);
        }

        if (await OversightArea.ResolveAsync(db, AreaKind, user.PduId, user.TeamId, cancellationToken) is not var (areaId, areaName))
        {
            return Forbid();
        }

        AreaName = areaName;
        Rows = await EqualityReport.ReadAsync(db, AreaKind, areaId, FromDate, ToDate, MeasureKind, DimensionKind, cancellationToken, Reference);
        Rates = Disproportionality.CompareAll(Rows.Groups, Rows.Reference);
        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return File(Encoding.UTF8.GetBytes(Csv()), "text/csv", $"equality-{MeasureKind.ToString().ToLowerInvariant()}-{DimensionKind.ToString().ToLowerInvariant()}-{FromDate:yyyy-MM-dd}-{ToDate:yyyy-MM-dd}.csv");
        }

        return Page();
    }

    public static string MeasureName(EqualityMeasure measure) => measure switch
    {
        EqualityMeasure.Warnings => "Warnings",
        EqualityMeasure.Breaches => "Breach decisions",
        EqualityMeasure.Recalls => "Recall recommendations",
        EqualityMeasure.UnacceptableAbsences => "Absences judged unacceptable",
        EqualityMeasure.AllocationWait => "Allocation waits beyond target",
        EqualityMeasure.AssessmentCompleted => "Assessments completed",
        _ => "Referrals to services",
    };

    /// <summary>The median working days waited for allocation by a group, unless the group is too small to show.</summary>
    public string? Median(RelativeRate rate) =>
        Rows.Medians is { } medians && rate.Suppression == RateSuppression.None && medians.TryGetValue(rate.Group, out var median)
            ? median.ToString("0.#", CultureInfo.InvariantCulture) : null;

    public static string Number(double? value, string format = "0.00") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>
    /// The chart: each group's index as a dot and its interval as a line, with a dashed line at 1. Server-rendered SVG,
    /// titled and described for screen readers; the table beside it has the same figures.
    /// </summary>
    public string ChartSvg()
    {
        var shown = Rates.Where(r => r.Index is not null).ToList();
        var max = Math.Max(2.0, shown.Select(r => r.Upper ?? r.Index ?? 0).DefaultIfEmpty(0).Max());
        const int width = 640, label = 210, row = 36;
        double X(double v) => label + (width - label - 20) * Math.Min(v, max) / max;
        string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var height = 40 + row * shown.Count;
        var sb = new StringBuilder();
        sb.Append($"<svg role=\"img\" aria-labelledby=\"rri-title rri-desc\" width=\"100%\" viewBox=\"0 0 {width} {height}\" class=\"wp-chart\">");
        sb.Append("<title id=\"rri-title\">Relative rate index by group</title>");
        sb.Append("<desc id=\"rri-desc\">Each group's relative rate index as a dot with its 95% confidence interval as a line; the dashed line marks 1, the reference group's rate. The same figures are in the table.</desc>");
        sb.Append($"<line x1=\"{N(X(1))}\" y1=\"20\" x2=\"{N(X(1))}\" y2=\"{height - 10}\" stroke=\"#505a5f\" stroke-dasharray=\"4 3\"/>");
        sb.Append($"<text x=\"{N(X(1))}\" y=\"14\" font-size=\"12\" text-anchor=\"middle\" fill=\"#0b0c0c\">1</text>");
        sb.Append($"<text x=\"{N(X(max))}\" y=\"14\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">{N(max)}</text>");
        for (var i = 0; i < shown.Count; i++)
        {
            var r = shown[i];
            var y = 40 + i * row;
            sb.Append($"<text x=\"{label - 8}\" y=\"{y + 4}\" font-size=\"15\" text-anchor=\"end\" fill=\"#0b0c0c\">{System.Net.WebUtility.HtmlEncode(r.Group)}</text>");
            if (r.Lower is { } lo && r.Upper is { } hi)
            {
                sb.Append($"<line x1=\"{N(X(lo))}\" y1=\"{y}\" x2=\"{N(X(hi))}\" y2=\"{y}\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
            }

            sb.Append($"<circle cx=\"{N(X(r.Index!.Value))}\" cy=\"{y}\" r=\"6\" fill=\"{(IsConcern(r) ? "#d4351c" : "#1d70b8")}\"/>");
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>A difference unlikely to be chance, in the unfavourable direction for the measure.</summary>
    public bool IsConcern(RelativeRate r) => r.Significant && (EqualityReport.HigherIsBetter(MeasureKind) ? r.Index < 1 : r.Index > 1);

    private string Csv()
    {
        var sb = new StringBuilder();
        sb.AppendLine("group,people,with_outcome,rate_percent,relative_rate_index,ci95_lower,ci95_upper,median_working_days_waited,note");
        foreach (var r in Rates)
        {
            sb.Append(Quote(r.Group)).Append(',')
                .Append(r.Population?.ToString(CultureInfo.InvariantCulture) ?? "<10").Append(',')
                .Append(r.Events?.ToString(CultureInfo.InvariantCulture) ?? "<10").Append(',')
                .Append(r.Rate is { } rate ? (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) : "").Append(',')
                .Append(Number(r.Index)).Append(',').Append(Number(r.Lower)).Append(',').Append(Number(r.Upper)).Append(',')
                .Append(Median(r) ?? "").Append(',')
                .Append(Quote(r.NotCalculated ?? (r.Group == Rows.Reference ? "reference group" : ""))).AppendLine();
        }

        return sb.ToString();
    }

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
