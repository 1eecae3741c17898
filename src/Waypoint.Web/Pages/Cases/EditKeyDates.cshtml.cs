using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Configurations;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;
using Waypoint.Web.Infrastructure;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Govuk;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Pages.Cases;

/// <summary>
/// Corrects a sentence's key dates from the court or prison record. Each changed date is kept with the reason given;
/// the dates the rules would derive are shown for comparison. A save that races another is refused.
/// </summary>
public class EditKeyDatesModel(CaseAccessService access, WaypointDbContext db, CurrentUser user, Domain.Tiering.TierFrameworkPolicy policy) : CasePageModel(access)
{
    protected override string AuditWhat => "Change key dates";

    [BindProperty(SupportsGet = true)]
    public int SentenceId { get; set; }

    [BindProperty]
    public Dictionary<string, DateParts> Dates { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Version { get; set; }

    public Sentence Sentence { get; private set; } = null!;

    public KeyDates Derived { get; private set; } = null!;

    public List<(string Text, string Href)> Errors { get; } = [];

    public string? ErrorFor(string id) => Errors.FirstOrDefault(e => e.Href == "#" + id).Text;

    /// <summary>The key dates that apply to the sentence type, with their labels.</summary>
    public IReadOnlyList<(string Key, string Label)> Fields => Sentence.Type == SentenceType.CustodyWithLicence
        ? [("ReleaseDate", "Release date"), ("LicenceExpiryDate", "Licence expiry date"), ("SentenceExpiryDate", "Sentence expiry date"), ("PostSentenceSupervisionEndDate", "Post-sentence supervision end date"), ("ExpectedEndDate", "Expected end date")]
        : [("ExpectedEndDate", "Expected end date")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        foreach (var (key, _) in Fields)
        {
            Dates[key] = DateParts.From(Get(Sentence, key));
        }

        Version = Sentence.Version.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!int.TryParse(Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return BadRequest();
        }

        var changes = new List<(string Key, DateOnly? Before, DateOnly? After)>();
        foreach (var (key, label) in Fields)
        {
            var parts = Dates.GetValueOrDefault(key) ?? new DateParts();
            DateOnly? value = null;
            if (!parts.IsEmpty)
            {
                value = parts.TryGetDate(label.ToLowerInvariant(), out var error);
                if (error is not null)
                {
                    Errors.Add((error, $"#{key}-day"));
                    continue;
                }

                if (value < Sentence.SentenceDate)
                {
                    Errors.Add(($"{label} must be on or after the sentence date, {Display.Date(Sentence.SentenceDate)}", $"#{key}-day"));
                    continue;
                }
            }

            var before = Get(Sentence, key);
            if (before != value)
            {
                changes.Add((key, before, value));
            }
        }

        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            Errors.Add(("Enter the reason for the change, for example where the correct date comes from", "#reason"));
        }
        else if (reason.Length > KeyDateChangeConfiguration.MaxReasonLength)
        {
            Errors.Add(($"Reason must be {KeyDateChangeConfiguration.MaxReasonLength} characters or fewer", "#reason"));
        }

        if (Errors.Count == 0 && changes.Count == 0)
        {
            Errors.Add(("Change at least one date, or go back to the sentence", $"#{Fields[0].Key}-day"));
        }

        if (Errors.Count > 0)
        {
            ViewData["HasErrors"] = true;
            return Page();
        }

        var now = DateTime.UtcNow;
        db.Entry(Sentence).Property(s => s.Version).OriginalValue = version;
        foreach (var (key, before, after) in changes)
        {
            Set(Sentence, key, after);
            db.KeyDateChanges.Add(new KeyDateChange { SentenceId = Sentence.Id, PersonId = Case.Id, KeyDate = key, Before = before, After = after, Reason = reason!, ChangedAt = now, ChangedBy = user.Name });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(("Someone else changed this sentence while you were editing. Nothing was saved: check the current dates and make your change again", $"#{Fields[0].Key}-day"));
            ViewData["HasErrors"] = true;
            return Page();
        }

        // Release and sentence dates feed the tier (the life/IPP step, and the start of follow-up for the predictors).
        await Data.Risk.TierRecalculator.RecalculateAsync(db, Case.Id, "Key dates changed: " + string.Join(", ", changes.Select(c => c.Item1)), now, cancellationToken, policy);

        // A release or end date can turn a custody case into a licence case, or an order into an overdue termination.
        if (Case.ResponsibleStaffMemberId is { } practitioner)
        {
            await Data.Risk.WorkloadRecalculator.RecalculateAsync(db, [practitioner], DateOnly.FromDateTime(now), cancellationToken);
        }
        return Redirect($"/cases/{Case.Crn}/sentence");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!MayChange)
        {
            return Forbid();
        }

        var sentence = await db.Sentences.SingleOrDefaultAsync(s => s.Id == SentenceId && s.Event.PersonId == Case.Id, cancellationToken);
        if (sentence is null)
        {
            return NotFound();
        }

        Sentence = sentence;
        Derived = KeyDateRules.Derive(sentence.Type, sentence.SentenceDate, sentence.LengthMonths);
        return null;
    }

    public static DateOnly? Get(Sentence s, string key) => key switch
    {
        "ReleaseDate" => s.ReleaseDate,
        "LicenceExpiryDate" => s.LicenceExpiryDate,
        "SentenceExpiryDate" => s.SentenceExpiryDate,
        "PostSentenceSupervisionEndDate" => s.PostSentenceSupervisionEndDate,
        "ExpectedEndDate" => s.ExpectedEndDate,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    public static DateOnly? Get(KeyDates d, string key) => key switch
    {
        "ReleaseDate" => d.ReleaseDate,
        "LicenceExpiryDate" => d.LicenceExpiryDate,
        "SentenceExpiryDate" => d.SentenceExpiryDate,
        "PostSentenceSupervisionEndDate" => d.PostSentenceSupervisionEndDate,
        "ExpectedEndDate" => d.ExpectedEndDate,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    private static void Set(Sentence s, string key, DateOnly? value)
    {
        switch (key)
        {
            case "ReleaseDate": s.ReleaseDate = value; break;
            case "LicenceExpiryDate": s.LicenceExpiryDate = value; break;
            case "SentenceExpiryDate": s.SentenceExpiryDate = value; break;
            case "PostSentenceSupervisionEndDate": s.PostSentenceSupervisionEndDate = value; break;
            case "ExpectedEndDate": s.ExpectedEndDate = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(key));
        }
    }
}
