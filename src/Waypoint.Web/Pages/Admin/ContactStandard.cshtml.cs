using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Tiering;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Admin;

/// <summary>
/// The contact standard: how often each tier is seen. Versions are never edited; an administrator adds a new version
/// from a date (today or later), so past "overdue" judgements can still be explained with the standard then in force.
/// </summary>
public class ContactStandardModel(WaypointDbContext db, CurrentUser user) : PageModel
{
    public const int MaxIntervalDays = 182;

    public IReadOnlyList<ContactStandardVersion> Versions { get; private set; } = [];

    public ContactStandardVersion InForce { get; private set; } = ContactStandard.Default;

    [BindProperty]
    public DateParts EffectiveFrom { get; set; } = new();

    [BindProperty]
    public Dictionary<string, string?> Intervals { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Kinds { get; set; } = [];

    [BindProperty]
    public string? WeeklyWeeks { get; set; }

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        foreach (var tier in ContactStandard.Tiers)
        {
            var row = InForce.For(tier);
            Intervals[tier] = (row?.IntervalDays ?? 28).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Kinds[tier] = (row?.Kind ?? ContactKind.Office).ToString();
        }

        WeeklyWeeks = InForce.WeeklyWeeksAfterStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var from = VersionDate.Read(EffectiveFrom, Versions.Select(v => v.EffectiveFrom), Errors);

        var rows = new List<ContactStandardEntry>();
        if (!int.TryParse(WeeklyWeeks, out var weekly) || weekly is < 0 or > 26)
        {
            Errors.Add(("Weeks of weekly contact after sentence or release must be a whole number from 0 to 26", "#weekly-weeks"));
        }

        foreach (var tier in ContactStandard.Tiers)
        {
            var text = Intervals.GetValueOrDefault(tier)?.Trim();
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) || days is < 1 or > MaxIntervalDays)
            {
                Errors.Add(($"Tier {tier}: enter the days between contacts as a whole number from 1 to {MaxIntervalDays}", $"#interval-{tier}"));
                continue;
            }

            if (!Enum.TryParse<ContactKind>(Kinds.GetValueOrDefault(tier), out var kind) || !Enum.IsDefined(kind))
            {
                return BadRequest();
            }

            rows.Add(new ContactStandardEntry
            {
                EffectiveFrom = from ?? default,
                Tier = tier,
                IntervalDays = days,
                Kind = kind,
                WeeklyWeeksAfterStart = weekly,
                CreatedBy = user.Name,
                CreatedAt = DateTime.UtcNow,
            });
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.ContactStandardEntries.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/admin/contact-standard?saved=true");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = (await ContactStandardReader.VersionsAsync(db, cancellationToken)).OrderByDescending(v => v.EffectiveFrom).ToList();
        InForce = ContactStandard.InForce(Versions, Display.Today);
    }

    public static string Every(int days) => days % 7 == 0 ? (days == 7 ? "Every week" : $"Every {days / 7} weeks") : $"Every {days} days";
}
