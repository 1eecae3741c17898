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
    public string? Tier { get; init; }
    public bool TierProvisional { get; init; }
    public Domain.Tiering.RoshLevel? Rosh { get; init; }
    public DateOnly? ReviewDue { get; init; }

    /// <summary>Whether there is evidence the person was told about their next appointment (a delivered message or a confirmed letter).</summary>
    public bool NextAppointmentTold { get; init; }

    /// <summary>True when the viewer may not see this person: the row then shows the CRN only.</summary>
    public bool Hidden { get; init; }
}

/// <summary>The query parameters of a caseload table, so sorting and filtering work without JavaScript and can be shared as links.</summary>
public sealed class CaseloadQuery
{
    public static readonly string[] SortKeys = ["name", "crn", "sentence", "end", "last", "next", "practitioner", "tier", "review"];

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

/// <summary>One page of a caseload table; a page size of 0 means every row on one page.</summary>
public sealed record CaseloadPage(IReadOnlyList<CaseloadRow> Rows, int TotalRows, int PageNumber, int PageSize)
{
    public int TotalPages => PageSize <= 0 ? 1 : Math.Max(1, (TotalRows + PageSize - 1) / PageSize);
}

public static class CaseloadReader
{
    private static readonly IReadOnlyList<CaseloadFlag> NoFlags = [];

    /// <summary>
    /// Filters, sorts and pages a caseload in the database, then reads just that page in one query (and its current
    /// sentences and flags by the page's ids) and hides the names of limited-access people the viewer may not see.
    /// </summary>
    public static async Task<CaseloadPage> ReadAsync(
        WaypointDbContext db, IQueryable<Person> people, CaseloadQuery query, CaseAccessService access, CancellationToken cancellationToken,
        int pageNumber = 1, int pageSize = 0)
    {
        if (query.Type is { } type)
        {
            people = people.Where(p => p.Events.Any(e => e.IsActive && e.Sentence!.Type == type));
        }

        if (query.Flag is { } flag)
        {
            people = people.Where(p => p.Registrations.Any(r => r.EndedOn == null && r.Type == flag));
        }

        var total = pageSize > 0 ? await people.CountAsync(cancellationToken) : 0;
        var page = 1;
        if (pageSize > 0)
        {
            page = Math.Clamp(pageNumber, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        }

        // Last time the person was actually in contact (any contact but a case note, unless they did not attend) is kept
        // on the person by ContactSummaries.
        var d = query.Descending;
        var ordered = query.SortKey switch
        {
            "crn" => Order(people, p => p.Crn, d),
            "sentence" => Order(people, p => p.CurrentSentenceType, d),
            "end" => Order(people, p => p.CurrentExpectedEndDate ?? DateOnly.MaxValue, d),
            "last" => Order(people, p => p.LastContactAt ?? DateTime.MinValue, d),
            "next" => Order(people, p => p.NextAppointmentAt ?? DateTime.MaxValue, d),
            // A before G; MISSING, NOT_SUPERVISED and no tier after every letter.
            "tier" => Order(people, p => p.CurrentTier == null ? "ZZ" : p.CurrentTier.Length == 1 ? p.CurrentTier : "Z" + p.CurrentTier, d),
            "review" => Order(people, p => p.AssessmentReviewDueOn ?? DateOnly.MaxValue, d),
            "practitioner" => Order(people, p => p.ResponsibleStaffMember == null ? "" : p.ResponsibleStaffMember.LastName + " " + p.ResponsibleStaffMember.FirstName, d),
            _ => Order(people, p => p.SearchLastName + " " + p.SearchFirstName, d),
        };
        IQueryable<Person> paged = ordered.ThenBy(p => p.Crn);
        if (pageSize > 0)
        {
            paged = paged.Skip((page - 1) * pageSize).Take(pageSize);
        }

        var rows = await paged.AsNoTracking().Select(p => new CaseloadRow(
                p.Id, p.Crn, p.FirstName, p.LastName,
                p.CurrentSentenceType, p.CurrentExpectedEndDate, // kept by CurrentSentenceSummaries
                NoFlags, // read below
                p.LastContactAt,
                p.NextAppointmentAt,
                p.ResponsibleStaffMember == null ? null : p.ResponsibleStaffMember.FirstName + " " + p.ResponsibleStaffMember.LastName,
                p.HasExclusions || p.HasRestrictions)
            {
                Tier = p.CurrentTier,
                TierProvisional = p.TierProvisional,
                Rosh = p.CurrentRosh,
                ReviewDue = p.AssessmentReviewDueOn,
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();

        // Who was told of their next appointment, by the page's ids. Inside the row query this check made PostgreSQL
        // plan the whole statement afresh on every view (its custom plan looked cheaper than the reusable one), which
        // was a quarter of the database's time for the page; on its own both statements keep one reusable plan.
        var told = (await db.People.AsNoTracking()
                .Where(p => ids.Contains(p.Id) && p.NextAppointmentAt != null
                    && db.Appointments.Any(a => a.PersonId == p.Id && a.Start == p.NextAppointmentAt && a.Status == Domain.Appointments.AppointmentStatus.Booked
                        && db.OutboxMessages.Any(m => m.AppointmentId == a.Id
                            && (m.Purpose == Domain.Notifications.MessagePurpose.AppointmentBooked || m.Purpose == Domain.Notifications.MessagePurpose.AppointmentRearranged || m.Purpose == Domain.Notifications.MessagePurpose.AppointmentReminder)
                            && (m.Status == Domain.Notifications.NotificationStatus.Delivered || (m.Status == Domain.Notifications.NotificationStatus.LetterPrinted && m.AddressConfirmed)))))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken))
            .ToHashSet();

        // Their current flags in a plain query (a collection inside the projection made EF build a split query whose
        // shaper compiled a delegate on every execution: a tenth of the page's time in a profile).
        var flags = (await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.PersonId) && r.EndedOn == null)
                .OrderBy(r => r.PersonId).ThenBy(r => r.Id)
                .Select(r => new { r.PersonId, r.Type, r.MappaCategory, r.MappaLevel })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.PersonId, r => new CaseloadFlag(r.Type, r.MappaCategory, r.MappaLevel));
        var hidden = await access.HiddenAmongAsync(rows.Select(r => (r.Id, r.LimitedAccess)), cancellationToken);
        rows = rows.Select(r => hidden.Contains(r.Id)
                ? r with { Hidden = true, FirstName = "", LastName = "", SentenceType = null, EndDate = null, Flags = NoFlags, Tier = null, Rosh = null, ReviewDue = null }
                : r with
                {
                    Flags = flags[r.Id].ToList(),
                    NextAppointmentTold = told.Contains(r.Id),
                })
            .ToList();
        return new CaseloadPage(rows, pageSize > 0 ? total : rows.Count, page, pageSize);
    }

    private static IOrderedQueryable<Person> Order<TKey>(IQueryable<Person> people, System.Linq.Expressions.Expression<Func<Person, TKey>> key, bool descending) =>
        descending ? people.OrderByDescending(key) : people.OrderBy(key);
}
