using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Allocations;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Oversight;

/// <summary>A person whose contact is due or overdue by their tier's contact standard.</summary>
public sealed record ContactDueRow(int PersonId, string Crn, string Name, int StaffMemberId, string? Tier, RoshLevel? Rosh, DateOnly? LastSeen, ContactDue Due,
    DateOnly? NextAppointment, bool LimitedAccess);

/// <summary>One practitioner's line on the team overview.</summary>
public sealed record OverviewPractitioner(int StaffMemberId, string Name, Grade Grade, int Cases, decimal? WorkloadPercent, int OverdueContacts, int HighRoshOverdue,
    int OutcomesNotRecorded, int AwaitingCountersignature, AbsenceKind? AbsentKind, DateOnly? AbsentUntil, int UncoveredWhileAway);

/// <summary>Something waiting for the manager's countersignature: an assessment or an enforcement decision.</summary>
public sealed record CountersignItem(string Kind, int PersonId, string Crn, string Name, int StaffMemberId, string Practitioner, DateOnly Since, string Href, bool LimitedAccess);

/// <summary>A management oversight direction not yet acted on.</summary>
public sealed record OpenDirection(int PersonId, string Crn, string Name, string Practitioner, string Direction, DateOnly? DueOn, bool LimitedAccess);

public sealed record TeamOverviewData(
    IReadOnlyList<OverviewPractitioner> Practitioners,
    decimal TeamWorkloadPercent,
    IReadOnlyList<UnallocatedCase> Unallocated,
    IReadOnlyList<ContactDueRow> HighRoshNotSeen,
    IReadOnlyList<CountersignItem> Countersignatures,
    IReadOnlyList<AbsentPractitioner> Absent,
    IReadOnlyList<OpenDirection> Directions,
    int OverdueContacts);

/// <summary>
/// The senior probation officer's view of a team on one page, read from the record: each practitioner's cases,
/// workload, overdue contacts (by the contact standard), high and very high RoSH people not seen within their
/// standard, outcomes not recorded, decisions waiting for countersignature and absence with cover; the team's
/// unallocated cases with their waiting times; and management oversight directions still open.
/// </summary>
public static class TeamOverview
{
    private sealed record TeamRow(string Name, int PduId);

    private sealed record Member(int Id, string Name, Grade Grade, string LastName, string FirstName, bool IsActive);

    private sealed record StaffCount(int StaffMemberId, int Count);

    private sealed record AwaitingAssessment(int StaffMemberId, DateTime? CompletedAt, DateTime StartedAt, int PersonId, string Crn, string Name, bool Limited);

    private sealed record AwaitingDecision(int Id, Domain.Enforcement.EnforcementAction Decision, int StaffMemberId, DateTime DecidedAt, int PersonId, string Crn, string Name, bool Limited);

    private sealed record Direction(string Text, DateOnly? DueOn, int PersonId, string Crn, string Name, int? StaffMemberId, bool Limited);

    // Compiled (ADR 0006): the page's reads are the same on every view, and building and matching their expression trees
    // was a fifth of the web server's time and allocations for the page.
    private static readonly CompiledQuery<Func<WaypointDbContext, int, CancellationToken, Task<TeamRow>>> TeamOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId, CancellationToken _) =>
            db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new TeamRow(t.Name, t.PduId)).Single()));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<Member>>> MembersOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId) => db.StaffMembers.AsNoTracking().Where(s => s.TeamId == teamId)
            .Select(s => new Member(s.Id, s.FirstName + " " + s.LastName, s.Grade, s.LastName, s.FirstName, s.IsActive))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, IAsyncEnumerable<WorkloadSnapshot>>> LatestSnapshots = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds, DateOnly today) => db.WorkloadSnapshots.AsNoTracking()
            .Where(w => staffIds.Contains(w.StaffMemberId) && w.Date <= today)
            .GroupBy(w => w.StaffMemberId).Select(g => g.OrderByDescending(w => w.Date).First())));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateTime, IAsyncEnumerable<StaffCount>>> OutcomesNotRecorded = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds, DateTime nowUtc) => db.Appointments.AsNoTracking()
            .Where(a => staffIds.Contains(a.StaffMemberId) && a.Status == AppointmentStatus.Booked && a.Outcome == null && a.End < nowUtc)
            .GroupBy(a => a.StaffMemberId).Select(g => new StaffCount(g.Key, g.Count()))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<AwaitingAssessment>>> AssessmentsAwaiting = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds) => db.Assessments.AsNoTracking()
            .Where(a => a.Status == AssessmentStatus.AwaitingCountersignature && a.CompletedByStaffMemberId != null && staffIds.Contains(a.CompletedByStaffMemberId.Value))
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new AwaitingAssessment(a.CompletedByStaffMemberId!.Value, a.CompletedAt, a.StartedAt, p.Id, p.Crn,
                p.FirstName + " " + p.LastName, p.HasExclusions || p.HasRestrictions))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<AwaitingDecision>>> DecisionsAwaiting = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> staffIds) => db.EnforcementDecisions.AsNoTracking()
            .Where(d => d.Status == DecisionStatus.AwaitingCountersignature && staffIds.Contains(d.DecidedByStaffMemberId))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new AwaitingDecision(d.Id, d.Decision, d.DecidedByStaffMemberId, d.DecidedAt, p.Id, p.Crn,
                p.FirstName + " " + p.LastName, p.HasExclusions || p.HasRestrictions))));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<Direction>>> OpenDirections = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId) => db.ManagementOversights.AsNoTracking().Where(o => o.CompletedAt == null)
            .Join(db.People.Where(p => p.ResponsibleTeamId == teamId), o => o.PersonId, p => p.Id,
                (o, p) => new Direction(o.Direction, o.DueOn, p.Id, p.Crn, p.FirstName + " " + p.LastName, p.ResponsibleStaffMemberId, p.HasExclusions || p.HasRestrictions))));

    public static async Task<TeamOverviewData> ReadAsync(WaypointDbContext db, int teamId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = UkClock.Today(nowUtc);
        var team = await TeamOf.For(db)(db, teamId, cancellationToken);
        // Everyone in the team once: names for every line, the case-holders for the table.
        var members = await MembersOf.For(db)(db, teamId).ToListAsync(cancellationToken);
        var names = members.ToDictionary(s => s.Id, s => s.Name);
        var staff = members.Where(s => s.IsActive && s.Grade is Grade.Po or Grade.Pso or Grade.Pqip).ToList();
        var staffIds = staff.Select(s => s.Id).ToList();

        // The team's allocated people once: their count per practitioner, and who is due to be seen.
        var people = await ContactDueReader.PeopleOfTeamAsync(db, teamId, cancellationToken);
        var cases = people.GroupBy(p => p.StaffId).ToDictionary(g => g.Key, g => g.Count());
        var due = ContactDueReader.Compute(people, await ContactStandardReader.VersionsAsync(db, cancellationToken), today);
        var overdue = due.Where(d => d.Due.IsOverdue).ToList();
        var highRosh = overdue.Where(d => d.Rosh is RoshLevel.High or RoshLevel.VeryHigh)
            .OrderByDescending(d => d.Rosh).ThenBy(d => d.Due.DueOn).ToList();

        var latest = await LatestSnapshots.For(db)(db, staffIds, today).ToListAsync(cancellationToken);
        var percent = latest.ToDictionary(w => w.StaffMemberId, w => w.CapacityPercent);
        var teamPercent = Domain.Workload.WorkloadCalculator.Aggregate(latest.Select(w => (w.TotalPoints, w.AvailablePoints)));

        var outcomes = (await OutcomesNotRecorded.For(db)(db, staffIds, nowUtc).ToListAsync(cancellationToken)).ToDictionary(g => g.StaffMemberId, g => g.Count);

        var countersign = new List<CountersignItem>();
        var assessments = await AssessmentsAwaiting.For(db)(db, staffIds).ToListAsync(cancellationToken);
        countersign.AddRange(assessments.Select(a => new CountersignItem("Assessment", a.PersonId, a.Crn, a.Name, a.StaffMemberId, names.GetValueOrDefault(a.StaffMemberId, ""),
            UkClock.Today(a.CompletedAt ?? a.StartedAt), "/assessments/countersign", a.Limited)));
        var decisions = await DecisionsAwaiting.For(db)(db, staffIds).ToListAsync(cancellationToken);
        countersign.AddRange(decisions.Select(d => new CountersignItem($"Enforcement: {Domain.Enforcement.EnforcementPolicy.ActionWords(d.Decision).ToLowerInvariant()}",
            d.PersonId, d.Crn, d.Name, d.StaffMemberId, names.GetValueOrDefault(d.StaffMemberId, ""), UkClock.Today(d.DecidedAt), $"/enforcement/countersign/{d.Id}", d.Limited)));
        countersign = countersign.OrderBy(c => c.Since).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

        var absent = await CoverBoard.ReadAsync(db, teamId, today, cancellationToken);
        var absentById = absent.ToDictionary(a => a.StaffMemberId);

        var directions = await OpenDirections.For(db)(db, teamId).ToListAsync(cancellationToken);

        var unallocated = await AllocationService.QueueAsync(db, team.PduId, today, cancellationToken, teamId);

        var practitioners = staff.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).Select(s =>
        {
            var away = absentById.GetValueOrDefault(s.Id);
            return new OverviewPractitioner(s.Id, s.Name, s.Grade, cases.GetValueOrDefault(s.Id), percent.TryGetValue(s.Id, out var p) ? p : null,
                overdue.Count(d => d.StaffMemberId == s.Id), highRosh.Count(d => d.StaffMemberId == s.Id), outcomes.GetValueOrDefault(s.Id),
                countersign.Count(c => c.StaffMemberId == s.Id), away?.Kind, away?.To, away?.Items.Count(i => i.CoveredBy is null) ?? 0);
        }).ToList();

        return new TeamOverviewData(practitioners, teamPercent, unallocated, highRosh, countersign, absent,
            directions.OrderBy(d => d.DueOn ?? DateOnly.MaxValue).Select(d => new OpenDirection(d.PersonId, d.Crn, d.Name,
                d.StaffMemberId is { } id ? names.GetValueOrDefault(id, "") : "Unallocated", d.Text, d.DueOn, d.Limited)).ToList(),
            overdue.Count);
    }
}

/// <summary>
/// Who is due to be seen, by the contact standard for each person's tier and their last attended supervision contact:
/// one query for any set of people (a practitioner's caseload, a team).
/// </summary>
public static class ContactDueReader
{
    public static async Task<List<ContactDueRow>> ReadAsync(WaypointDbContext db, IQueryable<Person> people, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await PeopleAsync(people, cancellationToken);
        return Compute(rows, await ContactStandardReader.VersionsAsync(db, cancellationToken), today);
    }

    /// <summary>What the contact standard needs to know about a person: the same projection for every reader.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Person, ContactDuePerson>> AsContactDuePerson = p => new ContactDuePerson(
        p.Id, p.Crn, p.FirstName + " " + p.LastName, p.ResponsibleStaffMemberId!.Value, p.CurrentTier, p.CurrentRosh, p.NextAppointmentAt,
        p.HasExclusions || p.HasRestrictions,
        p.LastSeenAt, // kept by ContactSummaries
        CurrentSentence.From(p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate, p.CurrentLicenceExpiryDate,
            p.CurrentSentenceTerminatedOn)); // kept by CurrentSentenceSummaries

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<ContactDuePerson>>> OfTeam = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId) =>
            db.People.AsNoTracking().Where(p => p.ResponsibleTeamId == teamId && p.ResponsibleStaffMemberId != null).Select(AsContactDuePerson)));

    /// <summary>The allocated people among these, with what the contact standard needs to know about each.</summary>
    public static Task<List<ContactDuePerson>> PeopleAsync(IQueryable<Person> people, CancellationToken cancellationToken) =>
        people.AsNoTracking().Where(p => p.ResponsibleStaffMemberId != null).Select(AsContactDuePerson).ToListAsync(cancellationToken);

    /// <summary>A team's allocated people (compiled: the team overview reads them on every view).</summary>
    public static Task<List<ContactDuePerson>> PeopleOfTeamAsync(WaypointDbContext db, int teamId, CancellationToken cancellationToken) =>
        OfTeam.For(db)(db, teamId).ToListAsync(cancellationToken).AsTask();

    /// <summary>When each of these people is next due to be seen, for a caller that has read them already.</summary>
    public static List<ContactDueRow> Compute(IEnumerable<ContactDuePerson> people, IReadOnlyList<ContactStandardVersion> standardVersions, DateOnly today)
    {
        var standard = ContactStandard.InForce(standardVersions, today);
        var result = new List<ContactDueRow>();
        foreach (var p in people)
        {
            var s = p.Sentence;
            var start = s?.Type == SentenceType.CustodyWithLicence ? s.ReleaseDate : s?.SentenceDate;
            if (s is not { TerminatedOn: null } || start is not { } begun || begun > today)
            {
                continue;
            }

            var lastSeen = p.LastSeenAt is { } seen ? UkClock.Today(seen) : (DateOnly?)null;
            result.Add(new ContactDueRow(p.Id, p.Crn, p.Name, p.StaffId, p.CurrentTier, p.CurrentRosh, lastSeen,
                ContactStandard.NextDue(standard, p.CurrentTier, begun, lastSeen, today), p.NextAppointmentAt is { } next ? UkClock.Today(next) : null, p.Limited));
        }

        return result;
    }
}

/// <summary>What the contact standard needs to know about a person on a caseload.</summary>
public sealed record ContactDuePerson(int Id, string Crn, string Name, int StaffId, string? CurrentTier, RoshLevel? CurrentRosh, DateTime? NextAppointmentAt, bool Limited,
    DateTime? LastSeenAt, CurrentSentence? Sentence);

/// <summary>
/// The dates of a person's current sentence: the latest active event's, kept on the person by
/// <see cref="CurrentSentenceSummaries"/> (read it with the person: <see cref="From"/> in the projection).
/// </summary>
public sealed record CurrentSentence(SentenceType Type, DateOnly SentenceDate, DateOnly? ReleaseDate, DateOnly? ExpectedEndDate, DateOnly? LicenceExpiryDate, DateOnly? TerminatedOn)
{
    /// <summary>The sentence from a person's current sentence columns; null when they have none.</summary>
    public static CurrentSentence? From(SentenceType? type, DateOnly? sentenceDate, DateOnly? releaseDate, DateOnly? expectedEndDate, DateOnly? licenceExpiryDate,
        DateOnly? terminatedOn) =>
        type is { } t && sentenceDate is { } date ? new(t, date, releaseDate, expectedEndDate, licenceExpiryDate, terminatedOn) : null;
}

/// <summary>Current sentences of people read by id, for callers that have not read the people already.</summary>
public static class CurrentSentences
{
    public static async Task<Dictionary<int, CurrentSentence>> ReadAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var rows = await db.People.AsNoTracking()
            .Where(p => personIds.Contains(p.Id) && p.CurrentSentenceType != null)
            .Select(p => new { p.Id, p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate, p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => CurrentSentence.From(r.CurrentSentenceType, r.CurrentSentenceDate, r.CurrentReleaseDate, r.CurrentExpectedEndDate,
            r.CurrentLicenceExpiryDate, r.CurrentSentenceTerminatedOn)!);
    }
}
