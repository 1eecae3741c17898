using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Allocations;

/// <summary>One piece of an absent practitioner's due work: a person to see, why, by when, and who covers it.</summary>
public sealed record CoverItem(int PersonId, string Crn, string Name, string? Tier, string Due, DateOnly DueOn, bool Overdue, string? CoveredBy, bool LimitedAccess);

public sealed record AbsentPractitioner(int StaffMemberId, string Name, AbsenceKind Kind, DateOnly From, DateOnly To, IReadOnlyList<CoverItem> Items);

/// <summary>
/// The cover board: each practitioner of the team away today, and their work due while they are away (people due to
/// be seen this week by their tier's contact standard or already overdue, and booked appointments), with who covers it.
/// </summary>
public static class CoverBoard
{
    private sealed record Absence(StaffAbsence a, string Name);

    // Compiled (ADR 0006): the team overview asks on every view, and usually nobody is away.
    private static readonly CompiledQuery<Func<WaypointDbContext, int, DateOnly, IAsyncEnumerable<Absence>>> AwayOn = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int teamId, DateOnly today) => db.StaffAbsences.AsNoTracking()
            .Where(a => a.From <= today && a.To >= today)
            .Join(db.StaffMembers.Where(s => s.TeamId == teamId), a => a.StaffMemberId, s => s.Id, (a, s) => new Absence(a, s.FirstName + " " + s.LastName))));

    public static async Task<List<AbsentPractitioner>> ReadAsync(WaypointDbContext db, int teamId, DateOnly today, CancellationToken cancellationToken)
    {
        var absences = await AwayOn.For(db)(db, teamId, today).ToListAsync(cancellationToken);
        if (absences.Count == 0)
        {
            return [];
        }

        var ids = absences.Select(a => a.a.StaffMemberId).Distinct().ToList();
        var people = await Oversight.ContactDueReader.ReadAsync(db, db.People.Where(p => p.ResponsibleStaffMemberId != null && ids.Contains(p.ResponsibleStaffMemberId.Value)), today, cancellationToken);
        var personIds = people.Select(p => p.PersonId).ToList();
        var cover = await db.CoverAssignments.AsNoTracking().Where(c => personIds.Contains(c.PersonId) && c.From <= today && c.To >= today)
            .Join(db.StaffMembers, c => c.CoveringStaffMemberId, s => s.Id, (c, s) => new { c.PersonId, Name = s.FirstName + " " + s.LastName })
            .ToListAsync(cancellationToken);
        var coveredBy = cover.GroupBy(c => c.PersonId).ToDictionary(g => g.Key, g => g.First().Name);
        var untilUtc = Domain.Appointments.UkClock.ToUtc(absences.Max(a => a.a.To).AddDays(1), TimeOnly.MinValue);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(x => ids.Contains(x.StaffMemberId) && x.Status == Domain.Appointments.AppointmentStatus.Booked
                        && ((x.Outcome == null && x.Start < untilUtc) || x.AbsenceJudgement == Domain.Appointments.AbsenceJudgement.AwaitingExplanation))
            .Select(x => new
            {
                x.Id, x.PersonId, x.StaffMemberId, x.Start, x.Type, x.Outcome, x.EvidenceDueOn, x.Person.Crn, Name = x.Person.FirstName + " " + x.Person.LastName, x.Person.CurrentTier,
                Limited = x.Person.HasExclusions || x.Person.HasRestrictions,
                Told = db.OutboxMessages.Any(m => m.AppointmentId == x.Id
                    && (m.Purpose == Domain.Notifications.MessagePurpose.AppointmentBooked || m.Purpose == Domain.Notifications.MessagePurpose.AppointmentRearranged || m.Purpose == Domain.Notifications.MessagePurpose.AppointmentReminder)
                    && (m.Status == Domain.Notifications.NotificationStatus.Delivered || (m.Status == Domain.Notifications.NotificationStatus.LetterPrinted && m.AddressConfirmed))),
            })
            .ToListAsync(cancellationToken);
        var decisions = await db.EnforcementDecisions.AsNoTracking()
            .Where(d => ids.Contains(d.DecidedByStaffMemberId) && (d.Status == DecisionStatus.AwaitingCountersignature || d.Status == DecisionStatus.Returned))
            .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new { d.Id, d.DecidedByStaffMemberId, d.Decision, d.Status, d.ActBy, d.DecidedAt, p.Crn, PersonId = p.Id, Name = p.FirstName + " " + p.LastName, p.CurrentTier, Limited = p.HasExclusions || p.HasRestrictions })
            .ToListAsync(cancellationToken);
        var nowUtc = DateTime.UtcNow;
        var extraIds = appointments.Select(x => x.PersonId).Concat(decisions.Select(d => d.PersonId)).Except(personIds).Distinct().ToList();
        if (extraIds.Count > 0)
        {
            var extraCover = await db.CoverAssignments.AsNoTracking().Where(c => extraIds.Contains(c.PersonId) && c.From <= today && c.To >= today)
                .Join(db.StaffMembers, c => c.CoveringStaffMemberId, s => s.Id, (c, s) => new { c.PersonId, Name = s.FirstName + " " + s.LastName })
                .ToListAsync(cancellationToken);
            foreach (var c in extraCover.GroupBy(c => c.PersonId))
            {
                coveredBy[c.Key] = c.First().Name;
            }
        }

        var weekAhead = today.AddDays(7);

        return absences.Select(a =>
        {
            var items = new List<CoverItem>();
            foreach (var p in people.Where(p => p.StaffMemberId == a.a.StaffMemberId && p.Due.DueOn <= weekAhead))
            {
                items.Add(new CoverItem(p.PersonId, p.Crn, p.Name, p.Tier, p.Due.IsOverdue ? $"Contact overdue ({p.Due.Reason})" : $"Contact due ({p.Due.Reason})",
                    p.Due.DueOn, p.Due.IsOverdue, coveredBy.GetValueOrDefault(p.PersonId), p.LimitedAccess));
            }

            foreach (var x in appointments.Where(x => x.StaffMemberId == a.a.StaffMemberId))
            {
                var local = Domain.Appointments.UkClock.ToUk(x.Start);
                var day = DateOnly.FromDateTime(local);
                var what = Domain.Notifications.AppointmentMessages.TypeWords(x.Type);
                var (due, dueOn, overdue) = x.Outcome is not null
                    ? ($"Absence waiting for an explanation until {Domain.Appointments.Words.Date(x.EvidenceDueOn)}: decide when it closes", x.EvidenceDueOn ?? day, x.EvidenceDueOn < today)
                    : x.Start <= nowUtc
                        ? ($"Outcome not recorded: {what} on {Domain.Appointments.Words.Date(day)}", day, true)
                        : ($"Appointment: {what}, {Domain.Appointments.Words.Date(day)} at {Domain.Appointments.BookingChecks.Clock(local)}{(x.Told ? "" : " (not notified: tell the person)")}", day, !x.Told);
                items.Add(new CoverItem(x.PersonId, x.Crn, x.Name, x.CurrentTier, due, dueOn, overdue, coveredBy.GetValueOrDefault(x.PersonId), x.Limited));
            }

            foreach (var d in decisions.Where(d => d.DecidedByStaffMemberId == a.a.StaffMemberId))
            {
                var what = Domain.Enforcement.EnforcementPolicy.ActionWords(d.Decision).ToLowerInvariant();
                var due = d.Status == DecisionStatus.Returned
                    ? $"Enforcement decision ({what}) returned by the manager: decide again"
                    : $"Enforcement decision ({what}) waiting for countersignature";
                var dueOn = d.ActBy ?? DateOnly.FromDateTime(d.DecidedAt);
                items.Add(new CoverItem(d.PersonId, d.Crn, d.Name, d.CurrentTier, due, dueOn, d.ActBy < today || d.Status == DecisionStatus.Returned, coveredBy.GetValueOrDefault(d.PersonId), d.Limited));
            }

            return new AbsentPractitioner(a.a.StaffMemberId, a.Name, a.a.Kind, a.a.From, a.a.To,
                items.OrderByDescending(i => i.Overdue).ThenBy(i => i.DueOn).ThenBy(i => i.Name, StringComparer.Ordinal).ToList());
        }).ToList();
    }
}
