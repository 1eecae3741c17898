using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Web.Infrastructure.Cases;

public sealed record CaseloadFlag(RegistrationType Type, int? MappaCategory, int? MappaLevel)
{
    public string Text => RegistrationNames.Describe(Type, MappaCategory, MappaLevel);
}

public sealed record CaseloadRow(
    int Id, string Crn, string FirstName, string LastName, SentenceType? SentenceType, DateOnly? EndDate,
    IReadOnlyList<CaseloadFlag> Flags, DateTime? LastContactAt, DateTime? NextAppointmentAt, string? Practitioner, bool LimitedAccess)
{
    /// <summary>True when the viewer may not see this person: the row then shows the CRN only.</summary>
    public bool Hidden { get; init; }

    public string SortName => $"{LastName} {FirstName}";
}

/// <summary>The query parameters of a caseload table, so sorting and filtering work without JavaScript and can be shared as links.</summary>
public sealed class CaseloadQuery
{
    public static readonly string[] SortKeys = ["name", "crn", "sentence", "end", "last", "next", "practitioner"];

    public string? Sort { get; set; }
    public string? Dir { get; set; }
    public SentenceType? Type { get; set; }
    public RegistrationType? Flag { get; set; }

    public string SortKey => Sort is not null && SortKeys.Contains(Sort) ? Sort : "name";
    public bool Descending => string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>The link a column header carries: sort by it, reversing the order if it is already the sort column.</summary>
    public string Link(string basePath, string sortKey) =>
        Build(basePath, sortKey, SortKey == sortKey && !Descending ? "desc" : "asc", page: null);

    /// <summary>The same table (sort and filters kept) at another page.</summary>
    public string PageLink(string basePath, int page) => Build(basePath, SortKey, Descending ? "desc" : "asc", page);

    private string Build(string basePath, string sortKey, string dir, int? page)
    {
        var query = new List<string> { $"sort={sortKey}", $"dir={dir}" };
        if (Type is not null) query.Add($"type={Type}");
        if (Flag is not null) query.Add($"flag={Flag}");
        if (page is not null) query.Add($"page={page}");
        return $"{basePath}?{string.Join("&", query)}";
    }

    public string AriaSort(string sortKey) => SortKey != sortKey ? "none" : Descending ? "descending" : "ascending";
}

public static class CaseloadReader
{
    /// <summary>Reads the rows of a caseload in one query (flags as a correlated collection), then hides limited-access rows.</summary>
    public static async Task<List<CaseloadRow>> ReadAsync(WaypointDbContext db, IQueryable<Person> people, CaseloadQuery query, CaseAccessService access, CancellationToken cancellationToken)
    {
        if (query.Type is { } type)
        {
            people = people.Where(p => p.Events.Any(e => e.IsActive && e.Sentence!.Type == type));
        }

        if (query.Flag is { } flag)
        {
            people = people.Where(p => p.Registrations.Any(r => r.EndedOn == null && r.Type == flag));
        }

        var rows = await people.AsNoTracking().Select(p => new CaseloadRow(
                p.Id, p.Crn, p.FirstName, p.LastName,
                p.Events.Where(e => e.IsActive).Select(e => (SentenceType?)e.Sentence!.Type).FirstOrDefault(),
                p.Events.Where(e => e.IsActive).Select(e => e.Sentence!.ExpectedEndDate).FirstOrDefault(),
                p.Registrations.Where(r => r.EndedOn == null).Select(r => new CaseloadFlag(r.Type, r.MappaCategory, r.MappaLevel)).ToList(),
                // Last time the person was actually in contact: any contact but a case note, unless they did not attend.
                db.Contacts.Where(c => c.PersonId == p.Id && c.Type != ContactType.CaseNote
                        && (c.Outcome == null || c.Outcome == ContactOutcome.Attended || c.Outcome == ContactOutcome.AttendedAndComplied))
                    .Max(c => (DateTime?)c.OccurredAt),
                p.NextAppointmentAt,
                p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
                p.HasExclusions || p.HasRestrictions))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var hidden = await access.HiddenAmongAsync(rows.Select(r => (r.Id, r.LimitedAccess)), cancellationToken);
        rows = rows.Select(r => hidden.Contains(r.Id) ? r with { Hidden = true, FirstName = "", LastName = "", Flags = [] } : r).ToList();

        IOrderedEnumerable<CaseloadRow> ordered = query.SortKey switch
        {
            "crn" => Order(rows, r => r.Crn, query.Descending),
            "sentence" => Order(rows, r => r.SentenceType?.ToString() ?? "", query.Descending),
            "end" => Order(rows, r => r.EndDate ?? DateOnly.MaxValue, query.Descending),
            "last" => Order(rows, r => r.LastContactAt ?? DateTime.MinValue, query.Descending),
            "next" => Order(rows, r => r.NextAppointmentAt ?? DateTime.MaxValue, query.Descending),
            "practitioner" => Order(rows, r => r.Practitioner ?? "", query.Descending),
            _ => Order(rows, r => r.SortName, query.Descending),
        };
        return ordered.ThenBy(r => r.Crn, StringComparer.Ordinal).ToList();
    }

    private static IOrderedEnumerable<CaseloadRow> Order<TKey>(IEnumerable<CaseloadRow> rows, Func<CaseloadRow, TKey> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
