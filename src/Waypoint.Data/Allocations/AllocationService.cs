using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;
using Waypoint.Domain.Workload;

namespace Waypoint.Data.Allocations;

/// <summary>A case waiting for a practitioner, with how long it has waited against its target.</summary>
public sealed record UnallocatedCase(
    int PersonId, string Crn, string Name, string? Tier, string? ProtectChangeTier, RoshLevel? Rosh, bool Mappa, SentenceType? SentenceType,
    DateOnly? WaitingSince, int WorkingDaysWaiting, int TargetDays, bool InductionBooked, string Team, bool LimitedAccess)
{
    public bool Breached => WorkingDaysWaiting > TargetDays;
}

/// <summary>What the recommendation needs to know about the case being allocated.</summary>
public sealed record CaseToAllocate(
    int PersonId, string Crn, string Name, int? TeamId, int? PduId, int? CurrentStaffId, string? Tier, string? ProtectChangeTier, RoshLevel? Rosh,
    bool Mappa, bool Visor, WorkloadCaseType CaseType, SentenceType? SentenceType, DateOnly? WaitingSince);

public sealed record AllocationDecision(
    int PersonId, int StaffMemberId, int DecidedByStaffMemberId, string Rationale, bool OutsidePolicy, int? CoWorkerStaffMemberId, string? NotesToPractitioner,
    string Reason, string DecidedByName);

/// <summary>
/// Allocation: the PDU's queue of cases without a practitioner, ranked candidates with every reason shown, and the
/// decision (allocation history, a contact on the record, and both practitioners' workload recalculated at once).
/// </summary>
public static class AllocationService
{
    public static readonly string[] ReallocationReasons =
        ["Caseload adjustment", "Change in risk", "Change of address", "Practitioner left", "Risk to staff", "Transfer in", "Other"];

    private sealed record Waiting(int Id, string Crn, string Name, string? CurrentTier, string? ProtectChangeTier, RoshLevel? CurrentRosh, bool Mappa, bool InductionBooked,
        string Team, bool Limited, Oversight.CurrentSentence? Sentence);

    /// <summary>The queue's projection: each waiting person with what ranks them.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Person, Waiting>> AsWaiting = p => new Waiting(
        p.Id, p.Crn, p.FirstName + " " + p.LastName, p.CurrentTier, p.ProtectChangeTier, p.CurrentRosh,
        p.Registrations.Any(r => r.EndedOn == null && r.Type == RegistrationType.Mappa),
        p.Appointments.Any(a => a.Type == Domain.Appointments.AppointmentType.Induction && a.Status == Domain.Appointments.AppointmentStatus.Booked),
        p.ResponsibleTeam!.Name, p.HasExclusions || p.HasRestrictions,
        Oversight.CurrentSentence.From(p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate,
            p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn)); // kept by CurrentSentenceSummaries

    // Compiled (ADR 0006): the allocation queue and the team overview read it on every view; they differ only in which
    // people wait (a PDU's, a team's).
    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<Waiting>>> WaitingInPdu = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int pduId) => db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == null && p.ResponsibleTeam != null && p.ResponsibleTeam.PduId == pduId && p.Events.Any(e => e.IsActive))
            .Select(AsWaiting)));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<Waiting>>> WaitingInTeam = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId) => db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == null && p.ResponsibleTeamId == teamId && p.Events.Any(e => e.IsActive))
            .Select(AsWaiting)));

    /// <param name="teamId">Only the cases waiting in this team of the PDU (the team overview), when given.</param>
    public static async Task<List<UnallocatedCase>> QueueAsync(WaypointDbContext db, int pduId, DateOnly today, CancellationToken cancellationToken, int? teamId = null)
    {
        var rows = teamId is { } team
            ? await WaitingInTeam.For(db)(db, team).ToListAsync(cancellationToken)
            : await WaitingInPdu.For(db)(db, pduId).ToListAsync(cancellationToken);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        return rows.Select(r =>
            {
                var sentence = r.Sentence;
                var since = WaitingSince(sentence?.Type, sentence?.SentenceDate, sentence?.ReleaseDate, today);
                return new UnallocatedCase(r.Id, r.Crn, r.Name, r.CurrentTier, r.ProtectChangeTier, r.CurrentRosh, r.Mappa, sentence?.Type, since,
                    since is { } s ? WorkingDays.Between(s, today, holidays) : 0, AllocationPolicy.TargetWorkingDays(r.CurrentRosh, r.Mappa), r.InductionBooked, r.Team, r.Limited);
            })
            .OrderByDescending(c => c.Breached).ThenByDescending(c => c.WorkingDaysWaiting - c.TargetDays).ThenBy(c => c.Crn)
            .ToList();
    }

    /// <summary>A new community sentence waits from the sentence date; a licence from release (custody before release from sentence).</summary>
    public static DateOnly? WaitingSince(SentenceType? type, DateOnly? sentenceDate, DateOnly? releaseDate, DateOnly today) =>
        type == SentenceType.CustodyWithLicence && releaseDate is { } release && release <= today ? release : sentenceDate;

    public static async Task<CaseToAllocate?> CaseAsync(WaypointDbContext db, string crn, DateOnly today, CancellationToken cancellationToken)
    {
        var row = await db.People.AsNoTracking().Where(p => p.Crn == crn)
            .Select(p => new
            {
                p.Id, p.Crn, Name = p.FirstName + " " + p.LastName, p.ResponsibleTeamId, PduId = (int?)p.ResponsibleTeam!.PduId, p.ResponsibleStaffMemberId,
                p.CurrentTier, p.ProtectChangeTier, p.CurrentRosh,
                Mappa = p.Registrations.Any(r => r.EndedOn == null && r.Type == RegistrationType.Mappa),
                Visor = p.Registrations.Any(r => r.EndedOn == null && r.Type == RegistrationType.VisorRecord),
                Sentence = p.Events.Where(e => e.IsActive).OrderByDescending(e => e.ConvictionDate)
                    .Select(e => new { e.Sentence!.Type, e.Sentence.SentenceDate, e.Sentence.ReleaseDate }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var caseType = row.Sentence?.Type == SentenceType.CustodyWithLicence
            ? (row.Sentence.ReleaseDate is { } release && release > today ? WorkloadCaseType.Custody : WorkloadCaseType.Licence)
            : WorkloadCaseType.Community;
        return new CaseToAllocate(row.Id, row.Crn, row.Name, row.ResponsibleTeamId, row.PduId, row.ResponsibleStaffMemberId, row.CurrentTier, row.ProtectChangeTier,
            row.CurrentRosh, row.Mappa, row.Visor, caseType, row.Sentence?.Type, WaitingSince(row.Sentence?.Type, row.Sentence?.SentenceDate, row.Sentence?.ReleaseDate, today));
    }

    /// <summary>
    /// Every practitioner in the chosen teams who may be offered the case, ranked, each with their reasons. Never offered:
    /// anyone on the person's exclusion list (or off a restriction list), and anyone without current vetting for a ViSOR case.
    /// </summary>
    public static async Task<IReadOnlyList<AllocationCandidate>> CandidatesAsync(WaypointDbContext db, CaseToAllocate c, IReadOnlyCollection<int> teamIds, DateOnly today,
        CancellationToken cancellationToken, AllocationPolicy? policy = null)
    {
        policy ??= AllocationPolicy.Default;
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => teamIds.Contains(s.TeamId) && s.IsActive && (s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip))
            .Select(s => new { s.Id, s.Grade, s.VettingLevel, s.VettingExpires, Team = s.Team.Name })
            .ToListAsync(cancellationToken);
        var access = await db.CaseAccessEntries.AsNoTracking().Where(a => a.PersonId == c.PersonId).Select(a => new { a.StaffMemberId, a.Kind }).ToListAsync(cancellationToken);
        var excluded = access.Where(a => a.Kind == CaseAccessListKind.Exclusion).Select(a => a.StaffMemberId).ToHashSet();
        var restricted = access.Where(a => a.Kind == CaseAccessListKind.Restriction).Select(a => a.StaffMemberId).ToHashSet();
        var offered = staff.Where(s => !excluded.Contains(s.Id) && (restricted.Count == 0 || restricted.Contains(s.Id))
                && (!c.Visor || VettingRules.MaySeeVisorDetail(s.VettingLevel, s.VettingExpires, today)))
            .ToList();
        var ids = offered.Select(s => s.Id).ToList();
        var workloads = (await WorkloadRecalculator.ReadAsync(db, ids, today, cancellationToken)).ToDictionary(w => w.StaffMemberId);
        var points = WorkloadCalculator.CaseLine(new WorkloadCase(c.CaseType, c.ProtectChangeTier), WeightSet.Default).Points;

        var history = await db.Allocations.AsNoTracking().Where(a => a.PersonId == c.PersonId && ids.Contains(a.StaffMemberId))
            .Select(a => new { a.StaffMemberId, a.From, a.To }).ToListAsync(cancellationToken);
        var links = await db.PersonLinks.AsNoTracking().Where(l => l.PersonId == c.PersonId && l.LinkedPerson.ResponsibleStaffMemberId != null && ids.Contains(l.LinkedPerson.ResponsibleStaffMemberId!.Value))
            .Select(l => new { StaffId = l.LinkedPerson.ResponsibleStaffMemberId!.Value, l.LinkType, l.LinkedPerson.Crn }).ToListAsync(cancellationToken);
        // Who saw the person for their induction (a duty officer, often, before allocation) is continuity too.
        var inductions = await db.Appointments.AsNoTracking()
            .Where(a => a.PersonId == c.PersonId && ids.Contains(a.StaffMemberId) && a.Type == Domain.Appointments.AppointmentType.Induction && a.Status == Domain.Appointments.AppointmentStatus.Booked)
            .Select(a => new { a.StaffMemberId, a.Start, a.Outcome }).ToListAsync(cancellationToken);
        var reports = await db.CourtReports.AsNoTracking().Where(r => r.PersonId == c.PersonId && ids.Contains(r.StaffMemberId))
            .Select(r => new { r.StaffMemberId, r.Type, r.Court, r.CompletedOn, r.DueOn }).ToListAsync(cancellationToken);
        var weekAgo = today.AddDays(-7);
        var recent = await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.StaffMemberId) && a.From > weekAgo)
            .GroupBy(a => a.StaffMemberId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var soon = today.AddDays(14);
        var away = await db.StaffReductions.AsNoTracking().Where(r => ids.Contains(r.StaffMemberId) && r.Start <= soon && (r.End == null || r.End >= today))
            .ToListAsync(cancellationToken);
        var absences = await db.StaffAbsences.AsNoTracking().Where(a => ids.Contains(a.StaffMemberId) && a.From <= soon && a.To >= today).ToListAsync(cancellationToken);

        var candidates = offered.Select(s =>
        {
            var w = workloads[s.Id];
            var continuity = new List<string>();
            foreach (var h in history.Where(h => h.StaffMemberId == s.Id))
            {
                continuity.Add(h.To is null ? "Supervises this person now" : $"Supervised this person before ({h.From:MMM yyyy} to {h.To:MMM yyyy})");
            }

            foreach (var r in reports.Where(r => r.StaffMemberId == s.Id))
            {
                var kind = r.Type == ReportType.Standard ? "pre-sentence report" : "fast pre-sentence report";
                continuity.Add(r.CompletedOn is { } done ? $"Wrote this person's {kind} for {r.Court} ({done:d MMM yyyy})" : $"Is writing this person's {kind} for {r.Court}");
            }

            foreach (var i in inductions.Where(i => i.StaffMemberId == s.Id))
            {
                var day = Domain.Appointments.Words.Date(Domain.Appointments.UkClock.Today(i.Start));
                continuity.Add(i.Outcome is Domain.Appointments.AppointmentOutcome.AttendedComplied or Domain.Appointments.AppointmentOutcome.AttendedFailedToComply
                    ? $"Did this person's induction ({day})"
                    : $"Is booked to do this person's induction ({day})");
            }

            var conflicts = new List<string>();
            foreach (var l in links.Where(l => l.StaffId == s.Id))
            {
                if (l.LinkType is PersonLinkType.FamilyMember or PersonLinkType.Partner)
                {
                    continuity.Add($"Supervises a linked {(l.LinkType == PersonLinkType.Partner ? "partner" : "family member")} ({l.Crn})");
                }
                else
                {
                    conflicts.Add($"Already supervises a {(l.LinkType == PersonLinkType.CoDefendant ? "co-defendant" : l.LinkType == PersonLinkType.HouseholdMember ? "member of the same household" : "known associate")} ({l.Crn})");
                }
            }

            var absence = away.Where(r => r.StaffMemberId == s.Id)
                .Select(r => $"Reduced capacity ({ReductionRules.Describe(r.Reason).ToLowerInvariant()}) {(r.Start <= today ? "now" : $"from {r.Start:d MMM}")}{(r.End is { } end ? $" until {end:d MMM}" : "")}")
                .Concat(absences.Where(x => x.StaffMemberId == s.Id)
                    .Select(x => $"Away ({x.Kind.ToString().ToLowerInvariant()}) {(x.From <= today ? "now" : $"from {x.From:d MMM}")} until {x.To:d MMM}"))
                .ToList();
            var already = c.CurrentStaffId == s.Id ? points : 0;
            return new AllocationCandidate(s.Id, w.Name, s.Grade, s.Team, policy.Check(s.Grade, c.ProtectChangeTier, c.Rosh), w.Percent,
                WorkloadCalculator.PotentialPercent(w.Result.TotalPoints, w.Result.AvailablePoints, points, already), recent.GetValueOrDefault(s.Id), continuity, conflicts, absence);
        });
        return AllocationRanking.Rank(candidates);
    }

    public const string TemporaryReason = "Temporary reallocation during absence";
    public const string ReturnReason = "Returned after temporary reallocation";

    /// <summary>
    /// Moves a case to a colleague while its practitioner is away, until a date: unlike cover (a colleague does the due
    /// work), the colleague becomes responsible and the case counts in their workload. It returns automatically the
    /// day after.
    /// </summary>
    public static async Task ReallocateTemporarilyAsync(WaypointDbContext db, int personId, int toStaffMemberId, DateOnly until, int decidedByStaffMemberId, string decidedByName, DateTime now, CancellationToken cancellationToken)
    {
        var returnsTo = await db.People.Where(p => p.Id == personId).Select(p => p.ResponsibleStaffMemberId).SingleAsync(cancellationToken)
            ?? throw new InvalidOperationException("Only an allocated case can be reallocated temporarily.");
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await AllocateAsync(db, new AllocationDecision(personId, toStaffMemberId, decidedByStaffMemberId,
            $"Covering while the practitioner is away, until {until:d MMM yyyy}; the case then returns to them.", false, null, null, TemporaryReason, decidedByName), now, cancellationToken);
        var allocation = await db.Allocations.Where(a => a.PersonId == personId && a.To == null).OrderByDescending(a => a.Id).FirstAsync(cancellationToken);
        allocation.TemporaryUntil = until;
        allocation.ReturnsToStaffMemberId = returnsTo;
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Returns every temporary reallocation whose last day has passed to the practitioner it came from (if still in post).</summary>
    public static async Task<int> ReturnTemporaryAllocationsAsync(WaypointDbContext db, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var due = await db.Allocations.AsNoTracking()
            .Where(a => a.To == null && a.TemporaryUntil != null && a.TemporaryUntil < today && a.ReturnsToStaffMemberId != null)
            .Select(a => new { a.PersonId, ReturnsTo = a.ReturnsToStaffMemberId!.Value, DecidedBy = a.DecidedByStaffMemberId ?? a.ReturnsToStaffMemberId!.Value, Active = db.StaffMembers.Any(s => s.Id == a.ReturnsToStaffMemberId && s.IsActive) })
            .ToListAsync(cancellationToken);
        foreach (var d in due.Where(d => d.Active))
        {
            await AllocateAsync(db, new AllocationDecision(d.PersonId, d.ReturnsTo, d.DecidedBy, "The temporary reallocation ended.", false, null, null, ReturnReason, "Waypoint (end of the temporary reallocation)"), now, cancellationToken);
        }

        return due.Count(d => d.Active);
    }

    /// <summary>Records the decision: the allocation (closing the previous one), the person's practitioner, a contact, and workloads.</summary>
    public static async Task AllocateAsync(WaypointDbContext db, AllocationDecision decision, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var person = await db.People.SingleAsync(p => p.Id == decision.PersonId, cancellationToken);
        var practitioner = await db.StaffMembers.AsNoTracking().Where(s => s.Id == decision.StaffMemberId)
            .Select(s => new { s.Id, s.TeamId, s.Email, s.FirstName, Name = s.FirstName + " " + s.LastName }).SingleAsync(cancellationToken);
        var previousStaff = person.ResponsibleStaffMemberId;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var open = await db.Allocations.Where(a => a.PersonId == person.Id && a.To == null).ToListAsync(cancellationToken);
        foreach (var a in open)
        {
            a.To = today.AddDays(-1) < a.From ? a.From : today.AddDays(-1);
        }

        db.Allocations.Add(new Entities.Allocation
        {
            PersonId = person.Id,
            StaffMemberId = practitioner.Id,
            TeamId = practitioner.TeamId,
            From = today,
            Reason = decision.Reason,
            Rationale = decision.Rationale,
            OutsidePolicy = decision.OutsidePolicy,
            DecidedByStaffMemberId = decision.DecidedByStaffMemberId,
            DecidedAt = now,
            CoWorkerStaffMemberId = decision.CoWorkerStaffMemberId,
            NotesToPractitioner = decision.NotesToPractitioner,
        });
        person.ResponsibleStaffMemberId = practitioner.Id;
        person.ResponsibleTeamId = practitioner.TeamId;
        db.Contacts.Add(new Contact
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            PersonId = person.Id,
            Type = ContactType.Allocation,
            AuthorStaffMemberId = decision.DecidedByStaffMemberId,
            Notes = $"{decision.Reason}: allocated to {practitioner.Name} by {decision.DecidedByName}{(decision.OutsidePolicy ? " (outside the allocation policy)" : "")}. Rationale: {decision.Rationale}",
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);

        // The practitioner is told by email through the outbox, committed with the allocation. The email names only the
        // CRN: the person's details and the manager's notes stay in Waypoint.
        var allocationId = await db.Allocations.Where(a => a.PersonId == person.Id && a.To == null).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync(cancellationToken);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            IdempotencyKey = $"allocation-{allocationId}-email",
            StaffMemberId = practitioner.Id,
            Purpose = Domain.Notifications.MessagePurpose.AllocationNotice,
            Channel = Domain.Notifications.NotificationChannel.Email,
            Recipient = practitioner.Email,
            Subject = $"New case allocated to you: {person.Crn}",
            Body = $"Hello {practitioner.FirstName},\n\n{decision.DecidedByName} has allocated case {person.Crn} to you ({decision.Reason.ToLowerInvariant()}). "
                + "Open Waypoint to see the case, the reasons for the allocation and any notes for you."
                + (decision.NotesToPractitioner is null ? "" : " There are notes for you on your caseload page."),
            NotBefore = now,
            NextAttemptAt = now,
            StatusAt = now,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await WorkloadRecalculator.RecalculateAsync(db, previousStaff is { } p && p != practitioner.Id ? [practitioner.Id, p] : [practitioner.Id], today, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
