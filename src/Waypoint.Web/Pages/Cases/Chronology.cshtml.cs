using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Data;
using Waypoint.Data.Oversight;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Notifications;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// The case chronology for a date range (for a review after a serious further offence), as a page, CSV or PDF. Opening
/// it in any form is audited, with the range, like every view of the record.
/// </summary>
public class ChronologyModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public List<ChronologyEvent> Events { get; private set; } = [];

    protected override string AuditWhat => $"Chronology {FromDate:yyyy-MM-dd} to {ToDate:yyyy-MM-dd}{(Format is { Length: > 0 } f ? $" ({f.ToLowerInvariant()})" : "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today;
        FromDate = DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : today.AddMonths(-6);
        ToDate = DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today;
        if (ToDate < FromDate)
        {
            (FromDate, ToDate) = (ToDate, FromDate);
        }

        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Events = await CaseChronology.ReadAsync(db, Case.Id, FromDate, ToDate, cancellationToken);
        var name = $"chronology-{Case.Crn}-{FromDate:yyyy-MM-dd}-{ToDate:yyyy-MM-dd}";
        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var sb = new StringBuilder("when,what,detail,by,responsible_practitioner,their_cases,their_workload_percent\n");
            foreach (var e in Events)
            {
                sb.Append(Display.ToUk(e.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(',').Append(Csv(e.Kind)).Append(',').Append(Csv(e.Text)).Append(',')
                    .Append(Csv(e.By ?? "")).Append(',').Append(Csv(e.Practitioner ?? "")).Append(',').Append(e.Cases?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                    .Append(e.WorkloadPercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "").Append('\n');
            }

            return File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv", name + ".csv");
        }

        if (string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            var body = string.Join("\n\n", Events.Select(e =>
                $"{Display.ShortDateTime(e.At)} — {e.Kind}{(e.By is { } by ? $" ({by})" : "")}\n{e.Text}" + (e.Practitioner is { } p ? $"\nResponsible: {p}{(e.Cases is { } c ? $", {c} cases" : "")}{(e.WorkloadPercent is { } w ? $", workload {w.ToString("0.0", CultureInfo.InvariantCulture)}%" : "")}" : "")));
            var pdf = LetterPdf.Render($"{Case.FullName}\nCRN {Case.Crn}", $"Case chronology, {Display.Date(FromDate)} to {Display.Date(ToDate)}", body.Length == 0 ? "Nothing was recorded in this period." : body, today, "Waypoint case chronology");
            return File(pdf, "application/pdf", name + ".pdf");
        }

        return Page();
    }

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') || value.Contains('\n') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
