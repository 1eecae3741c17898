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

    public static async Task<List<WeekItem>> ReadAsync(WaypointDbContext db, int staffId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var today = UkClock.Today(nowUtc);
        var weekEnd = today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7); // the coming Sunday
        var horizon = today.AddDays(KeyDateDays);
        var items = new List<WeekItem>();

        var people = await db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == staffId)
            .Select(p => new
            {
                p.Id, p.Crn, Name = p.FirstName + " " + p.LastName, p.AssessmentReviewDueOn, p.AssessmentReviewReason,
                Limited = p.HasExclusions || p.HasRestrictions,
            })
            .ToListAsync(cancellationToken);
        var sentences = await CurrentSentences.ReadAsync(db, people.Select(p => p.Id).ToList(), cancellationToken);
        foreach (var d in await ContactDueReader.ReadAsync(db, db.People.Where(p => p.ResponsibleStaffMemberId == staffId), today, cancellationToken, sentences))
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
            var s = sentences.GetValueOrDefault(p.Id);
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

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.PersonId) && r.EndedOn == null && r.NextReviewDate != null && r.NextReviewDate <= horizon)
            .Select(r => new { r.PersonId, r.Type, r.MappaCategory, r.MappaLevel, r.NextReviewDate })
            .ToListAsync(cancellationToken);
        foreach (var r in registrations)
        {
            var p = byId[r.PersonId];
            items.Add(new(WeekSection.Reviews, p.Id, p.Crn, p.Name, $"Risk flag review: {RegistrationNames.Describe(r.Type, r.MappaCategory, r.MappaLevel)}", r.NextReviewDate, r.NextReviewDate < today,
                $"/cases/{p.Crn}/risk-flags", p.Limited));
        }

        var requirements = await db.Requirements.AsNoTracking()
            .Where(r => r.EndDate != null && r.EndDate >= today && r.EndDate <= horizon && r.Status != RequirementStatus.Completed && r.Status != RequirementStatus.Terminated
                        && db.Sentences.Any(x => x.Id == r.SentenceId && x.Event.IsActive && ids.Contains(x.Event.PersonId)))
            .Select(r => new { r.Type, r.EndDate, r.Length, r.Completed, PersonId = db.Sentences.Where(x => x.Id == r.SentenceId).Select(x => x.Event.PersonId).First() })
            .ToListAsync(cancellationToken);
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
        foreach (var a in await reader.DiaryAsync(staffId, dayStart, dayEnd, cancellationToken))
        {
            var local = UkClock.ToUk(a.Start);
            var told = a.Notified == Appointments.NotifiedState.Told ? "" : " — the person has not been told";
            items.Add(new(WeekSection.Today, a.PersonId, a.Crn, a.PersonName, $"{BookingChecks.Clock(local)}: {Domain.Notifications.AppointmentMessages.TypeWords(a.Type)}{told}", today,
                a.Notified == Appointments.NotifiedState.NotTold, $"/cases/{a.Crn}/appointments/{a.Id}", a.LimitedAccess));
        }

        // The rest of the week's appointments, up to Sunday: a person not yet told is flagged while there is time to tell them.
        foreach (var a in await reader.DiaryAsync(staffId, dayEnd, UkClock.ToUtc(weekEnd.AddDays(1), TimeOnly.MinValue), cancellationToken))
        {
            var local = UkClock.ToUk(a.Start);
            var told = a.Notified == Appointments.NotifiedState.Told ? "" : " — the person has not been told";
            items.Add(new(WeekSection.LaterThisWeek, a.PersonId, a.Crn, a.PersonName, $"{Words.Date(DateOnly.FromDateTime(local))} at {BookingChecks.Clock(local)}: {Domain.Notifications.AppointmentMessages.TypeWords(a.Type)}{told}",
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

        foreach (var i in await InductionsToBookAsync(db, staffId, today, cancellationToken))
        {
            items.Add(new(WeekSection.Inductions, i.PersonId, i.Crn, i.Name, i.Status.State == InductionState.Overdue ? "Induction missed: book it now" : "Induction to book", i.Status.DueBy,
                i.Status.State == InductionState.Overdue, $"/cases/{i.Crn}/appointments/book?type=Induction", i.LimitedAccess));
        }

        var decisions = await db.EnforcementDecisions.AsNoTracking()
            .Where(d => d.DecidedByStaffMemberId == staffId && (d.Status == DecisionStatus.AwaitingCountersignature || d.Status == DecisionStatus.Returned))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new { d.Decision, d.Status, d.ActBy, d.DecidedAt, d.CountersignReasoning, PersonId = p.Id, p.Crn, Name = p.FirstName + " " + p.LastName, Limited = p.HasExclusions || p.HasRestrictions })
            .ToListAsync(cancellationToken);
        foreach (var d in decisions)
        {
            var action = EnforcementPolicy.ActionWords(d.Decision).ToLowerInvariant();
            items.Add(new(WeekSection.Enforcement, d.PersonId, d.Crn, d.Name,
                d.Status == DecisionStatus.Returned ? $"Decide again: your {action} decision was returned ({d.CountersignReasoning})" : $"Waiting for countersignature: {action}",
                d.ActBy ?? UkClock.Today(d.DecidedAt), d.Status == DecisionStatus.Returned || d.ActBy < today, $"/cases/{d.Crn}/enforcement", d.Limited));
        }

        var replies = await db.AppointmentReplies.AsNoTracking().Where(r => r.HandledAt == null)
            .Join(db.Appointments.Where(a => a.StaffMemberId == staffId), r => r.AppointmentId, a => a.Id, (r, a) => new { r.Kind, r.Text, r.ReceivedAt, a.Id, a.Person.Crn, Name = a.Person.FirstName + " " + a.Person.LastName, PersonId = a.Person.Id, Limited = a.Person.HasExclusions || a.Person.HasRestrictions })
            .ToListAsync(cancellationToken);
        foreach (var r in replies)
        {
            var what = r.Kind switch { ReplyKind.Confirm => "Confirmed they will come", ReplyKind.Rearrange => "Asked to rearrange", _ => "Replied" };
            items.Add(new(WeekSection.Replies, r.PersonId, r.Crn, r.Name, what + (r.Text is { Length: > 0 } t ? $": “{(t.Length > 120 ? t[..120] + "…" : t)}”" : ""), UkClock.Today(r.ReceivedAt),
                r.Kind == ReplyKind.Rearrange, $"/cases/{r.Crn}/appointments/{r.Id}", r.Limited));
        }

        var oversight = await db.ManagementOversights.AsNoTracking().Where(o => o.CompletedAt == null && ids.Contains(o.PersonId))
            .Join(db.StaffMembers, o => o.AuthorStaffMemberId, s => s.Id, (o, s) => new { o.PersonId, o.Direction, o.DueOn, Manager = s.FirstName + " " + s.LastName })
            .ToListAsync(cancellationToken);
        foreach (var o in oversight)
        {
            var p = byId[o.PersonId];
            items.Add(new(WeekSection.Oversight, p.Id, p.Crn, p.Name, $"Direction from {o.Manager}: {(o.Direction.Length > 140 ? o.Direction[..140] + "…" : o.Direction)}",
                o.DueOn, o.DueOn < today, $"/cases/{p.Crn}/oversight", p.Limited));
        }

        var weekAgo = today.AddDays(-7);
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.StaffMemberId == staffId && a.From > weekAgo && a.To == null)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { a.From, a.Reason, PersonId = p.Id, p.Crn, Name = p.FirstName + " " + p.LastName, Limited = p.HasExclusions || p.HasRestrictions })
            .ToListAsync(cancellationToken);
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
        var sentences = await db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId == staffId
                        && !db.Appointments.Any(a => a.PersonId == p.Id && a.Type == AppointmentType.Induction && a.Status == AppointmentStatus.Booked)
                        && p.LastAttendedAt == null) // never attended anything (kept by ContactSummaries)
            .Join(db.Events.Where(e => e.IsActive && e.Sentence != null && e.Sentence.TerminatedOn == null), p => p.Id, e => e.PersonId,
                (p, e) => new { PersonId = p.Id, p.Crn, Name = p.FirstName + " " + p.LastName, e.Sentence!.Type, e.Sentence.SentenceDate, e.Sentence.ReleaseDate, Limited = p.HasExclusions || p.HasRestrictions })
            .ToListAsync(cancellationToken);
        var holidays = await RecordLookups.ServiceHolidaysAsync(db, cancellationToken);
        return sentences
            .Select(x => new { x, Due = InductionRule.DueBy(x.Type, x.SentenceDate, x.ReleaseDate, holidays) })
            .Where(x => x.Due is { } due && due <= today.AddDays(7) && due >= today.AddDays(-90))
            .Select(x => new InductionToBook(x.x.PersonId, x.x.Crn, x.x.Name, InductionRule.Status(x.Due, today, null, false), x.x.Limited))
            .OrderBy(i => i.Status.DueBy)
            .ToList();
    }
}
