using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Oversight;

public enum WeekSection
{
    SeeThisWeek = 1,
    Today,
    LaterThisWeek,
    Outcomes,
    Absences,
    Inductions,
    Enforcement,
    Replies,
    Oversight,
    Reviews,
    KeyDates,
    NewAllocations,
}

/// <summary>One thing the practitioner must do, with where it is done. It disappears when the record shows it done.</summary>
public sealed record WeekItem(WeekSection Section, int PersonId, string Crn, string Name, string What, DateOnly? When, bool Urgent, string Href, bool LimitedAccess);

/// <summary>
/// A practitioner's week, computed from the record: who must be seen (the contact standard for each person's tier and
/// their last contact) and who is overdue; today's and the rest of the week's appointments; outcomes to record and absences to judge; inductions
/// to book; enforcement decisions pending or returned; replies from people; assessments and registrations due for
/// review; key dates in the next four weeks; new allocations. Nothing here is typed in: each item reads the record.
/// </summary>
public static class PractitionerWeek
{
    public const int KeyDateDays = 28;

    private sealed record CaseloadPerson(int Id, string Crn, string Name, DateOnly? AssessmentReviewDueOn, string? AssessmentReviewReason, bool Limited,
        string? CurrentTier, RoshLevel? CurrentRosh, DateTime? NextAppointmentAt, DateTime? LastSeenAt, DateTime? LastAttendedAt, CurrentSentence? Sentence);

    private sealed record EndingRequirement(int PersonId, RequirementType Type, DateOnly? EndDate, int Length, int Completed);

    private sealed record FlagReview(int PersonId, RegistrationType Type, int? MappaCategory, int? MappaLevel, DateOnly? NextReviewDate);

    private sealed record PendingDecision(EnforcementAction Decision, DecisionStatus Status, DateOnly? ActBy, DateTime DecidedAt, string? CountersignReasoning, int PersonId, string Crn,
        string Name, bool Limited);

    private sealed record Reply(ReplyKind Kind, string? Text, DateTime ReceivedAt, int AppointmentId, string Crn, string Name, int PersonId, bool Limited);

    private sealed record Direction(int PersonId, string Text, DateOnly? DueOn, string Manager);

    private sealed record NewAllocation(DateOnly From, string Reason, int PersonId, string Crn, string Name, bool Limited);

    // Compiled (ADR 0006): the practitioner's home page runs these on every view.
    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<CaseloadPerson>>> CaseloadOf = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffId) => db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == staffId)
            .Select(p => new CaseloadPerson(p.Id, p.Crn, p.FirstName + " " + p.LastName, p.AssessmentReviewDueOn, p.AssessmentReviewReason, p.HasExclusions || p.HasRestrictions,
                p.CurrentTier, p.CurrentRosh, p.NextAppointmentAt, p.LastSeenAt, p.LastAttendedAt,
                CurrentSentence.From(p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate,
                    p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn)))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, DateOnly, IAsyncEnumerable<EndingRequirement>>> RequirementsEnding = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> ids, DateOnly today, DateOnly horizon) =>
            from e in db.Events.AsNoTracking()
            where e.IsActive && ids.Contains(e.PersonId)
            join s in db.Sentences on e.Id equals s.EventId
            join r in db.Requirements on s.Id equals r.SentenceId
            where r.EndDate != null && r.EndDate >= today && r.EndDate <= horizon && r.Status != RequirementStatus.Completed && r.Status != RequirementStatus.Terminated
            select new EndingRequirement(e.PersonId, r.Type, r.EndDate, r.Length, r.Completed)));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, DateOnly, IAsyncEnumerable<FlagReview>>> FlagReviewsDue = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> ids, DateOnly horizon) => db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.PersonId) && r.EndedOn == null && r.NextReviewDate != null && r.NextReviewDate <= horizon)
            .Select(r => new FlagReview(r.PersonId, r.Type, r.MappaCategory, r.MappaLevel, r.NextReviewDate))));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<PendingDecision>>> DecisionsPending = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffId) => db.EnforcementDecisions.AsNoTracking()
            .Where(d => d.DecidedByStaffMemberId == staffId && (d.Status == DecisionStatus.AwaitingCountersignature || d.Status == DecisionStatus.Returned))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new PendingDecision(d.Decision, d.Status, d.ActBy, d.DecidedAt, d.CountersignReasoning, p.Id, p.Crn,
                p.FirstName + " " + p.LastName, p.HasExclusions || p.HasRestrictions))));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, IAsyncEnumerable<Reply>>> RepliesWaiting = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffId) => db.AppointmentReplies.AsNoTracking().Where(r => r.HandledAt == null)
            .Join(db.Appointments.Where(a => a.StaffMemberId == staffId), r => r.AppointmentId, a => a.Id, (r, a) => new Reply(r.Kind, r.Text, r.ReceivedAt, a.Id, a.Person.Crn,
                a.Person.FirstName + " " + a.Person.LastName, a.Person.Id, a.Person.HasExclusions || a.Person.HasRestrictions))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<Direction>>> DirectionsOpen = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> ids) => db.ManagementOversights.AsNoTracking().Where(o => o.CompletedAt == null && ids.Contains(o.PersonId))
            .Join(db.StaffMembers, o => o.AuthorStaffMemberId, s => s.Id, (o, s) => new Direction(o.PersonId, o.Direction, o.DueOn, s.FirstName + " " + s.LastName))));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, DateOnly, IAsyncEnumerable<NewAllocation>>> AllocatedSince = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffId, DateOnly since) => db.Allocations.AsNoTracking()
            .Where(a => a.StaffMemberId == staffId && a.From > since && a.To == null)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new NewAllocation(a.From, a.Reason, p.Id, p.Crn, p.FirstName + " " + p.LastName,
                p.HasExclusions || p.HasRestrictions))));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<int>>> InductionBooked = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> ids) => db.Appointments.AsNoTracking()
            .Where(a => ids.Contains(a.PersonId) && a.Type == AppointmentType.Induction && a.Status == AppointmentStatus.Booked).Select(a => a.PersonId)));

    public static async Task<List<WeekItem>> ReadAsync(WaypointDbContext db, int staffId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = UkClock.Today(nowUtc);
        var weekEnd = today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7); // the coming Sunday
        var horizon = today.AddDays(KeyDateDays);
        var items = new List<WeekItem>();

        // The caseload once, with what each section needs (who is due, reviews, key dates, inductions).
        var people = await CaseloadOf.For(db)(db, staffId).ToListAsync(cancellationToken);
        var due = ContactDueReader.Compute(
            people.Select(p => new ContactDuePerson(p.Id, p.Crn, p.Name, staffId, p.CurrentTier, p.CurrentRosh, p.NextAppointmentAt, p.Limited, p.LastSeenAt, p.Sentence)),
            await ContactStandardReader.VersionsAsync(db, cancellationToken), today);
        foreach (var d in due)
        {
            if (d.Due.DueOn <= weekEnd)
            {
                var booked = d.NextAppointment is { } next && next <= d.Due.DueOn ? next : (DateOnly?)null;
                items.Add(new(WeekSection.SeeThisWeek, d.PersonId, d.Crn, d.Name,
                    (d.Due.IsOverdue ? "Overdue: " : "Due: ") + d.Due.Reason + (booked is { } b ? $"; appointment booked for {Words.Date(b)}" : ""),
                    d.Due.DueOn, d.Due.IsOverdue && booked is null, booked is null ? $"/cases/{d.Crn}/appointments/book" : $"/cases/{d.Crn}/appointments", d.LimitedAccess));
            }
        }

        foreach (var p in people)
        {
            WeekItem Item(WeekSection section, string what, DateOnly? when, bool urgent, string href) => new(section, p.Id, p.Crn, p.Name, what, when, urgent, href, p.Limited);
            var s = p.Sentence;
            if (p.AssessmentReviewDueOn is { } review && review <= horizon)
            {
                items.Add(Item(WeekSection.Reviews, $"Assessment review{(p.AssessmentReviewReason is { } why ? $" ({why})" : "")}", review, review < today, $"/cases/{p.Crn}/assessments"));
            }

            if (s is { TerminatedOn: null })
            {
                void KeyDate(DateOnly? date, string what)
                {
                    if (date is { } d && d >= today && d <= horizon)
                    {
                        items.Add(Item(WeekSection.KeyDates, what, d, false, $"/cases/{p.Crn}/sentence"));
                    }
                }

                KeyDate(s.ReleaseDate, "Release from custody");
                KeyDate(s.Type == SentenceType.CustodyWithLicence ? s.LicenceExpiryDate : s.ExpectedEndDate, s.Type == SentenceType.CustodyWithLicence ? "Licence ends" : "Sentence ends");
            }
        }

        var ids = people.Select(p => p.Id).ToList();
        var byId = people.ToDictionary(p => p.Id);

        var registrations = await FlagReviewsDue.For(db)(db, ids, horizon).ToListAsync(cancellationToken);
        foreach (var r in registrations)
        {
            var p = byId[r.PersonId];
            items.Add(new(WeekSection.Reviews, p.Id, p.Crn, p.Name, $"Risk flag review: {RegistrationNames.Describe(r.Type, r.MappaCategory, r.MappaLevel)}", r.NextReviewDate, r.NextReviewDate < today,
                $"/cases/{p.Crn}/risk-flags", p.Limited));
        }

        // Requirements ending soon on any active event's sentence: the caseload's active events by person, their
        // sentences by event and the requirements by sentence (the events and sentences indexes answer alone).
        var requirements = ids.Count == 0 ? [] : await RequirementsEnding.For(db)(db, ids, today, horizon).ToListAsync(cancellationToken);
        foreach (var r in requirements)
        {
            var p = byId[r.PersonId];
            var what = r.Type == RequirementType.UnpaidWork
                ? $"Unpaid work must be finished ({r.Completed} of {r.Length} hours done)"
                : $"{SentenceNames.Describe(r.Type)} requirement ends";
            items.Add(new(WeekSection.KeyDates, p.Id, p.Crn, p.Name, what, r.EndDate, false, $"/cases/{p.Crn}/sentence", p.Limited));
        }

        var dayStart = UkClock.ToUtc(today, TimeOnly.MinValue);
        var dayEnd = UkClock.ToUtc(today.AddDays(1), TimeOnly.MinValue);
        var reader = new Appointments.AppointmentReader(db);
        // Today's and the rest of the week's appointments, up to Sunday, in one read: a person not yet told is flagged
        // while there is time to tell them.
        foreach (var a in await reader.DiaryAsync(staffId, dayStart, UkClock.ToUtc(weekEnd.AddDays(1), TimeOnly.MinValue), cancellationToken))
        {
            var local = UkClock.ToUk(a.Start);
            var told = a.Notified == Appointments.NotifiedState.Told ? "" : " — the person has not been told";
            items.Add(a.Start < dayEnd
                ? new(WeekSection.Today, a.PersonId, a.Crn, a.PersonName, $"{BookingChecks.Clock(local)}: {Domain.Notifications.AppointmentMessages.TypeWords(a.Type)}{told}", today,
                    a.Notified == Appointments.NotifiedState.NotTold, $"/cases/{a.Crn}/appointments/{a.Id}", a.LimitedAccess)
                : new(WeekSection.LaterThisWeek, a.PersonId, a.Crn, a.PersonName, $"{Words.Date(DateOnly.FromDateTime(local))} at {BookingChecks.Clock(local)}: {Domain.Notifications.AppointmentMessages.TypeWords(a.Type)}{told}",
                    DateOnly.FromDateTime(local), a.Notified == Appointments.NotifiedState.NotTold, $"/cases/{a.Crn}/appointments/{a.Id}", a.LimitedAccess));
        }

        foreach (var a in await reader.NeedingActionAsync(staffId, nowUtc, cancellationToken))
        {
            var day = UkClock.Today(a.Start);
            items.Add(a.Outcome is null
                ? new(WeekSection.Outcomes, a.PersonId, a.Crn, a.PersonName, $"Record the outcome: {Domain.Notifications.AppointmentMessages.TypeWords(a.Type)} on {Words.Date(day)}", day, day < today, $"/cases/{a.Crn}/appointments/{a.Id}/outcome", a.LimitedAccess)
                : new(WeekSection.Absences, a.PersonId, a.Crn, a.PersonName, a.EvidenceDueOn < today ? "Missed appointment: the window to explain has closed, decide now" : $"Missed appointment: explanation due by {Words.Date(a.EvidenceDueOn)}",
                    a.EvidenceDueOn, a.EvidenceDueOn < today, $"/cases/{a.Crn}/appointments/{a.Id}/outcome", a.LimitedAccess));
        }

        var neverSeen = people.Where(p => p.LastAttendedAt == null).Select(p => new InductionCandidate(p.Id, p.Crn, p.Name, p.Limited)).ToList();
        var neverSeenSentences = people.Where(p => p.LastAttendedAt == null && p.Sentence is not null).ToDictionary(p => p.Id, p => p.Sentence!);
        foreach (var i in await InductionsToBookAsync(db, neverSeen, neverSeenSentences, today, cancellationToken))
        {
            items.Add(new(WeekSection.Inductions, i.PersonId, i.Crn, i.Name, i.Status.State == InductionState.Overdue ? "Induction missed: book it now" : "Induction to book", i.Status.DueBy,
                i.Status.State == InductionState.Overdue, $"/cases/{i.Crn}/appointments/book?type=Induction", i.LimitedAccess));
        }

        var decisions = await DecisionsPending.For(db)(db, staffId).ToListAsync(cancellationToken);
        foreach (var d in decisions)
        {
            var action = EnforcementPolicy.ActionWords(d.Decision).ToLowerInvariant();
            items.Add(new(WeekSection.Enforcement, d.PersonId, d.Crn, d.Name,
                d.Status == DecisionStatus.Returned ? $"Decide again: your {action} decision was returned ({d.CountersignReasoning})" : $"Waiting for countersignature: {action}",
                d.ActBy ?? UkClock.Today(d.DecidedAt), d.Status == DecisionStatus.Returned || d.ActBy < today, $"/cases/{d.Crn}/enforcement", d.Limited));
        }

        var replies = await RepliesWaiting.For(db)(db, staffId).ToListAsync(cancellationToken);
        foreach (var r in replies)
        {
            var what = r.Kind switch { ReplyKind.Confirm => "Confirmed they will come", ReplyKind.Rearrange => "Asked to rearrange", _ => "Replied" };
            items.Add(new(WeekSection.Replies, r.PersonId, r.Crn, r.Name, what + (r.Text is { Length: > 0 } t ? $": “{(t.Length > 120 ? t[..120] + "…" : t)}”" : ""), UkClock.Today(r.ReceivedAt),
                r.Kind == ReplyKind.Rearrange, $"/cases/{r.Crn}/appointments/{r.AppointmentId}", r.Limited));
        }

        var oversight = await DirectionsOpen.For(db)(db, ids).ToListAsync(cancellationToken);
        foreach (var o in oversight)
        {
            var p = byId[o.PersonId];
            items.Add(new(WeekSection.Oversight, p.Id, p.Crn, p.Name, $"Direction from {o.Manager}: {(o.Text.Length > 140 ? o.Text[..140] + "…" : o.Text)}",
                o.DueOn, o.DueOn < today, $"/cases/{p.Crn}/oversight", p.Limited));
        }

        var weekAgo = today.AddDays(-7);
        var allocations = await AllocatedSince.For(db)(db, staffId, weekAgo).ToListAsync(cancellationToken);
        foreach (var a in allocations)
        {
            items.Add(new(WeekSection.NewAllocations, a.PersonId, a.Crn, a.Name, $"Allocated to you ({a.Reason.ToLowerInvariant()})", a.From, false, $"/cases/{a.Crn}", a.Limited));
        }

        return items.OrderBy(i => i.Section).ThenByDescending(i => i.Urgent).ThenBy(i => i.When ?? DateOnly.MaxValue).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    public sealed record InductionToBook(int PersonId, string Crn, string Name, InductionStatus Status, bool LimitedAccess);

    /// <summary>
    /// The practitioner's people whose induction is not booked and is due within a week or missed in the last 90 days.
    /// Someone already seen (a record that predates appointments here) has had theirs.
    /// </summary>
    public static async Task<List<InductionToBook>> InductionsToBookAsync(WaypointDbContext db, int staffId, DateOnly today, CancellationToken cancellationToken)
    {
        var neverSeen = await db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == staffId && p.LastAttendedAt == null) // never attended anything (kept by ContactSummaries)
            .Select(p => new InductionCandidate(p.Id, p.Crn, p.FirstName + " " + p.LastName, p.HasExclusions || p.HasRestrictions))
            .ToListAsync(cancellationToken);
        var sentences = neverSeen.Count == 0
            ? new Dictionary<int, CurrentSentence>()
            : await CurrentSentences.ReadAsync(db, neverSeen.Select(p => p.Id).ToList(), cancellationToken);
        return await InductionsToBookAsync(db, neverSeen, sentences, today, cancellationToken);
    }

    /// <summary>Of people who have never attended anything, those whose current sentence's induction is still to book.</summary>
    private static async Task<List<InductionToBook>> InductionsToBookAsync(
        WaypointDbContext db, IReadOnlyList<InductionCandidate> neverSeen, IReadOnlyDictionary<int, CurrentSentence> sentences, DateOnly today, CancellationToken cancellationToken)
    {
        var open = neverSeen.Where(p => sentences.GetValueOrDefault(p.Id) is { TerminatedOn: null }).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var ids = open.Select(p => p.Id).ToList();
        var booked = (await InductionBooked.For(db)(db, ids).ToListAsync(cancellationToken)).ToHashSet();
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        return open
            .Where(p => !booked.Contains(p.Id))
            .Select(p => new { Person = p, Due = InductionRule.DueBy(sentences[p.Id].Type, sentences[p.Id].SentenceDate, sentences[p.Id].ReleaseDate, holidays) })
            .Where(x => x.Due is { } due && due <= today.AddDays(7) && due >= today.AddDays(-90))
            .Select(x => new InductionToBook(x.Person.Id, x.Person.Crn, x.Person.Name, InductionRule.Status(x.Due, today, null, false), x.Person.Limited))
            .OrderBy(i => i.Status.DueBy)
            .ToList();
    }

    private sealed record InductionCandidate(int Id, string Crn, string Name, bool Limited);
}
