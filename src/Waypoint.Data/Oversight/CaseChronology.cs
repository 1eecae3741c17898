using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Data.Oversight;

/// <summary>One event on the chronology, in UTC, with the responsible practitioner's caseload and workload that day.</summary>
public sealed record ChronologyEvent(DateTime At, string Kind, string Text, string? By)
{
    public string? Practitioner { get; init; }
    public int? Cases { get; init; }
    public decimal? WorkloadPercent { get; init; }
}

/// <summary>
/// The full chronology of a case for a review after a serious further offence: contacts, appointments and outcomes, the
/// notification record, assessments, tier changes, risk flags, allocations and reallocations, enforcement decisions
/// with their rationale and countersignature, and management oversight — each with who was responsible that day and
/// their caseload size and workload percentage then (from the daily workload snapshots).
/// </summary>
public static class CaseChronology
{
    /// <summary>Contact types that duplicate a richer record read separately.</summary>
    private static readonly ContactType[] Represented = [ContactType.Allocation, ContactType.EnforcementDecision, ContactType.ManagementOversight];

    public static async Task<List<ChronologyEvent>> ReadAsync(WaypointDbContext db, int personId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromUtc = UkClock.ToUtc(from, TimeOnly.MinValue);
        var toUtc = UkClock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var names = await db.StaffMembers.AsNoTracking().Select(s => new { s.Id, Name = s.FirstName + " " + s.LastName }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        string? Name(int? id) => id is { } i ? names.GetValueOrDefault(i) : null;
        var events = new List<ChronologyEvent>();

        foreach (var c in await db.Contacts.AsNoTracking().Where(c => c.PersonId == personId && c.OccurredAt >= fromUtc && c.OccurredAt < toUtc && !Represented.Contains(c.Type))
                     .Select(c => new { c.OccurredAt, c.Type, c.Outcome, c.Notes, c.AuthorStaffMemberId, c.RecordedByClient }).ToListAsync(cancellationToken))
        {
            events.Add(new(c.OccurredAt, $"Contact: {Words(c.Type.ToString())}{(c.Outcome is { } o ? $" ({Words(o.ToString())})" : "")}", c.Notes, Name(c.AuthorStaffMemberId) ?? c.RecordedByClient));
        }

        var appointments = await db.Appointments.AsNoTracking().Where(a => a.PersonId == personId && a.Start >= fromUtc && a.Start < toUtc).ToListAsync(cancellationToken);
        foreach (var a in appointments)
        {
            var what = AppointmentMessages.TypeWords(a.Type);
            events.Add(new(a.CreatedAt, "Appointment booked", $"{what} for {Domain.Appointments.Words.When(UkClock.ToUk(a.Start))}{(a.WarningsOverrideReason is { } w ? $" (booked despite warnings: {w})" : "")}", a.CreatedBy));
            if (a.Status != AppointmentStatus.Booked)
            {
                events.Add(new(a.Start, a.Status == AppointmentStatus.Cancelled ? "Appointment cancelled" : "Appointment moved", $"{what}: {a.ChangeReason}", null));
            }
            else if (a.Outcome is not null)
            {
                events.Add(new(a.Start, "Appointment outcome", Appointments.AppointmentService.OutcomeWords(a) + (a.OutcomeNotes is { } n ? $" {n}" : ""), a.OutcomeRecordedBy));
            }
        }

        var appointmentIds = appointments.Select(a => a.Id).ToList();
        foreach (var m in await db.OutboxMessages.AsNoTracking()
                     .Where(m => m.PersonId == personId && ((m.AppointmentId != null && appointmentIds.Contains(m.AppointmentId.Value)) || (m.CreatedAt >= fromUtc && m.CreatedAt < toUtc)))
                     .Select(m => new { m.Subject, m.Channel, m.Status, m.StatusAt, m.Recipient }).ToListAsync(cancellationToken))
        {
            events.Add(new(m.StatusAt, "Notification", $"{m.Subject}: {NotificationEvidence.ChannelWords(m.Channel)} to {m.Recipient.Replace("\n", ", ")}, {NotificationEvidence.StatusWords(m.Status)}", null));
        }

        foreach (var a in await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId && a.CompletedAt >= fromUtc && a.CompletedAt < toUtc).ToListAsync(cancellationToken))
        {
            events.Add(new(a.CompletedAt!.Value, "Assessment completed", $"{Words(a.Reason.ToString())} assessment; RoSH {(a.OverallRosh is { } r ? Words(r.ToString()).ToLowerInvariant() : "not set")}"
                + (a.CountersignedAt is { } signed ? $"; countersigned by {Name(a.CountersignedByStaffMemberId)} on {Domain.Appointments.Words.Date(UkClock.Today(signed))}" : ""), Name(a.CompletedByStaffMemberId)));
        }

        foreach (var t in await db.TierCalculations.AsNoTracking().Where(t => t.PersonId == personId && t.CalculatedAt >= fromUtc && t.CalculatedAt < toUtc)
                     .Select(t => new { t.CalculatedAt, t.Tier, t.ProtectChangeTier, t.Provisional, t.Trigger }).ToListAsync(cancellationToken))
        {
            events.Add(new(t.CalculatedAt, "Tier", $"Tier {t.Tier}{(t.Provisional ? " (provisional)" : "")}, protect/change {t.ProtectChangeTier}: {t.Trigger}", null));
        }

        foreach (var r in await db.Registrations.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(cancellationToken))
        {
            var name = RegistrationNames.Describe(r.Type, r.MappaCategory, r.MappaLevel);
            if (r.StartDate >= from && r.StartDate <= to)
            {
                events.Add(new(UkClock.ToUtc(r.StartDate, new TimeOnly(9, 0)), "Risk flag added", name + (r.Notes is { } n ? $": {n}" : ""), Name(r.AddedByStaffMemberId)));
            }

            if (r.EndedOn is { } ended && ended >= from && ended <= to)
            {
                events.Add(new(UkClock.ToUtc(ended, new TimeOnly(9, 0)), "Risk flag ended", name, null));
            }
        }

        var allocations = await db.Allocations.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.From).ToListAsync(cancellationToken);
        foreach (var a in allocations.Where(a => a.From >= from && a.From <= to))
        {
            events.Add(new(a.DecidedAt ?? UkClock.ToUtc(a.From, new TimeOnly(9, 0)), a.TemporaryUntil is null ? "Allocation" : "Temporary reallocation",
                $"{a.Reason}: to {Name(a.StaffMemberId)}{(a.TemporaryUntil is { } until ? $" until {Domain.Appointments.Words.Date(until)}" : "")}{(a.Rationale is { } why ? $". Rationale: {why}" : "")}",
                Name(a.DecidedByStaffMemberId)));
        }

        foreach (var d in await db.EnforcementDecisions.AsNoTracking().Where(d => d.PersonId == personId && d.DecidedAt >= fromUtc && d.DecidedAt < toUtc).ToListAsync(cancellationToken))
        {
            events.Add(new(d.DecidedAt, $"Enforcement decision: {EnforcementPolicy.ActionWords(d.Decision)}",
                $"Policy recommended {EnforcementPolicy.ActionWords(d.Recommended).ToLowerInvariant()}{(d.OverrideReason is { } o ? $"; overridden because {o}" : "")}. What happened: {d.WhatHappened} Explanation: {d.PersonsExplanation} Risk: {d.RiskConsidered} Options: {d.OptionsConsidered} Rationale: {d.Rationale}"
                + (d.CountersignedAt is { } c ? $" {(d.Status == DecisionStatus.Returned ? "Returned" : "Countersigned")} by {Name(d.CountersignedByStaffMemberId)} on {Domain.Appointments.Words.Date(UkClock.Today(c))}: {d.CountersignReasoning}" : "")
                + (d.Status == DecisionStatus.Superseded ? $" Superseded: {d.SupersededReason}" : ""),
                Name(d.DecidedByStaffMemberId)));
        }

        foreach (var o in await db.ManagementOversights.AsNoTracking().Where(o => o.PersonId == personId && o.CreatedAt >= fromUtc && o.CreatedAt < toUtc).ToListAsync(cancellationToken))
        {
            events.Add(new(o.CreatedAt, "Management oversight", $"Reviewed: {o.Reviewed} Direction: {o.Direction}{(o.CompletedAt is { } done ? $" Done {Domain.Appointments.Words.Date(UkClock.Today(done))}: {o.CompletionNote}" : " Not yet done.")}", Name(o.AuthorStaffMemberId)));
        }

        // Who was responsible on each day, and their caseload and workload that day.
        var staffIds = allocations.Select(a => a.StaffMemberId).Distinct().ToList();
        var snapshots = (await db.WorkloadSnapshots.AsNoTracking().Where(s => staffIds.Contains(s.StaffMemberId) && s.Date >= from.AddDays(-7) && s.Date <= to)
                .Select(s => new { s.StaffMemberId, s.Date, s.Cases, s.CapacityPercent }).ToListAsync(cancellationToken))
            .ToLookup(s => s.StaffMemberId);
        return events.Select(e =>
            {
                var day = UkClock.Today(e.At);
                var holder = allocations.LastOrDefault(a => a.From <= day && (a.To is null || a.To >= day));
                if (holder is null)
                {
                    return e;
                }

                var snapshot = snapshots[holder.StaffMemberId].Where(s => s.Date <= day).MaxBy(s => s.Date);
                return e with { Practitioner = Name(holder.StaffMemberId), Cases = snapshot?.Cases, WorkloadPercent = snapshot?.CapacityPercent };
            })
            .OrderBy(e => e.At).ToList();
    }

    private static string Words(string name) => Domain.Appointments.Words.FromName(name);
}
