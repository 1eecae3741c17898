using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Pages.History;

/// <summary>Every change to a person's record, newest first, with before and after values.</summary>
public class IndexModel(CaseAccessService access, WaypointDbContext db) : CasePageModel(access)
{
    public const int PageSize = 50;

    protected override string AuditWhat => "Record history";

    public sealed record FieldChange(string Field, string? Before, string? After);

    public sealed record HistoryRow(DateTime RecordedAt, string Actor, AuditAction Action, string EntityType, IReadOnlyList<FieldChange> Changes);

    public List<HistoryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenCaseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PersonId == Case.Id && (a.Action == AuditAction.Create || a.Action == AuditAction.Update || a.Action == AuditAction.Delete))
            .OrderByDescending(a => a.RecordedAt).Take(PageSize).ToListAsync(cancellationToken);
        Rows = entries.Select(e => new HistoryRow(e.RecordedAt, e.Actor, e.Action, e.EntityType, ParseChanges(e.Details))).ToList();
        return Page();
    }

    private static List<FieldChange> ParseChanges(string? details)
    {
        if (string.IsNullOrEmpty(details))
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return json.RootElement.EnumerateObject()
                .Where(p => p.Name is not ("Version" or "Id" or "PersonId"))
                .Select(p => new FieldChange(p.Name,
                    p.Value.TryGetProperty("before", out var before) ? Text(before) : null,
                    p.Value.TryGetProperty("after", out var after) ? Text(after) : null))
                .ToList();
        }
        catch (JsonException)
        {
            return [new FieldChange("Details", null, details)];
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
