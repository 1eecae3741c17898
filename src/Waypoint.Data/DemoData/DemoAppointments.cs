using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.People;

namespace Waypoint.Data.DemoData;

/// <summary>
/// Demo appointments: two offices per PDU; for each allocated person their next appointment (told by their channel,
/// a few of those messages failed so "not notified" shows) and last week's appointment with an outcome, including
/// absences still waiting for an explanation.
/// </summary>
public static class DemoAppointments
{
    private static readonly string[] Streets = ["High Street", "Station Road", "Church Street", "Market Place", "Victoria Road", "Queen Street"];

    public static async Task AddAsync(WaypointDbContext db, DemoDataOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 5);
        var today = options.ReferenceDate;
        var now = DateTime.UtcNow;
        var pdus = await db.Pdus.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var offices = new List<OfficeLocation>();
        foreach (var pdu in pdus)
        {
            for (var i = 0; i < 2; i++)
            {
                offices.Add(new OfficeLocation
                {
                    PduId = pdu.Id,
                    Name = $"{pdu.Name} Probation Office{(i == 0 ? "" : " (annex)")}",
                    Address = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}, {pdu.Name}",
                    Postcode = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(1, 20)} {random.Next(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
                    Phone = $"0300 {random.Next(100, 999)} {random.Next(1000, 9999)}",
                });
            }
        }

        db.OfficeLocations.AddRange(offices);
        await db.SaveChangesAsync(cancellationToken);
        var officesByPdu = offices.ToLookup(o => o.PduId);

        var people = await db.People.AsNoTracking()
            .Where(p => p.ResponsibleStaffMemberId != null && p.ResponsibleTeamId != null)
            .Select(p => new { p.Id, p.FirstName, p.PreferredName, p.Phone, p.Email, p.PreferredContactMethod, p.NextAppointmentAt, Staff = p.ResponsibleStaffMemberId!.Value, Pdu = p.ResponsibleTeam!.PduId, StaffName = p.ResponsibleStaffMember!.FirstName + " " + p.ResponsibleStaffMember.LastName })
            .ToListAsync(cancellationToken);
        foreach (var chunk in people.Chunk(1000))
        {
            var batch = new List<(Appointment Appointment, string First, string? Phone, string? Email, PreferredContactMethod Method, OfficeLocation Office, string StaffName)>();
            foreach (var person in chunk)
            {
                var office = officesByPdu[person.Pdu].First();
                var lastWeek = today.AddDays(-random.Next(1, 8));
                while (lastWeek.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    lastWeek = lastWeek.AddDays(-1);
                }

                var pastStart = UkClock.ToUtc(lastWeek, new TimeOnly(random.Next(9, 16), random.Next(2) * 30));
                var roll = random.NextDouble();
                var past = new Appointment
                {
                    PersonId = person.Id, Type = AppointmentType.Supervision, Start = pastStart, End = pastStart.AddHours(1),
                    LocationKind = AppointmentLocationKind.Office, OfficeLocationId = office.Id, StaffMemberId = person.Staff,
                    CreatedAt = pastStart.AddDays(-7), CreatedBy = person.StaffName,
                };
                if (roll < 0.86)
                {
                    (past.Outcome, past.OutcomeRecordedAt, past.OutcomeRecordedBy) = (AppointmentOutcome.AttendedComplied, pastStart.AddHours(2), person.StaffName);
                }
                else if (roll < 0.91)
                {
                    (past.Outcome, past.AbsenceJudgement, past.AbsenceReason, past.EvidenceDueOn, past.OutcomeRecordedAt, past.OutcomeRecordedBy) =
                        (AppointmentOutcome.DidNotAttend, AbsenceJudgement.AwaitingExplanation, AbsenceReason.NoExplanation, Domain.Workload.WorkingDays.Add(lastWeek, 5), pastStart.AddHours(2), person.StaffName);
                }
                else if (roll < 0.93)
                {
                    // An unacceptable absence (the person was told: the booking message below is delivered).
                    (past.Outcome, past.AbsenceJudgement, past.AbsenceReason, past.OutcomeRecordedAt, past.OutcomeRecordedBy) =
                        (AppointmentOutcome.DidNotAttend, AbsenceJudgement.Unacceptable, AbsenceReason.NoExplanation, pastStart.AddDays(6), person.StaffName);
                }
                else if (roll < 0.95)
                {
                    (past.Outcome, past.AbsenceJudgement, past.AbsenceReason, past.OutcomeRecordedAt, past.OutcomeRecordedBy) =
                        (AppointmentOutcome.DidNotAttend, AbsenceJudgement.Acceptable, AbsenceReason.SicknessWithEvidence, pastStart.AddDays(2), person.StaffName);
                }

                // The rest have no outcome yet: they show on the practitioner's list to record.
                batch.Add((past, person.PreferredName ?? person.FirstName, person.Phone, person.Email, person.PreferredContactMethod, office, person.StaffName));

                if (person.NextAppointmentAt is { } next)
                {
                    var day = DateOnly.FromDateTime(next);
                    while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                    {
                        day = day.AddDays(1);
                    }

                    var start = UkClock.ToUtc(day, new TimeOnly(Math.Clamp(next.Hour, 9, 16), 0));
                    batch.Add((new Appointment
                    {
                        PersonId = person.Id, Type = AppointmentType.Supervision, Start = start, End = start.AddHours(1),
                        LocationKind = AppointmentLocationKind.Office, OfficeLocationId = office.Id, StaffMemberId = person.Staff,
                        CreatedAt = now.AddDays(-random.Next(1, 6)), CreatedBy = person.StaffName,
                    }, person.PreferredName ?? person.FirstName, person.Phone, person.Email, person.PreferredContactMethod, office, person.StaffName));
                }
            }

            db.Appointments.AddRange(batch.Select(b => b.Appointment));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (appointment, first, phone, email, method, office, staffName) in batch)
            {
                var channel = method == PreferredContactMethod.Email && email is not null ? NotificationChannel.Email
                    : phone is not null ? NotificationChannel.Sms
                    : email is not null ? NotificationChannel.Email : (NotificationChannel?)null;
                if (channel is null)
                {
                    continue;
                }

                var facts = new AppointmentMessageFacts(first, appointment.Type, UkClock.ToUk(appointment.Start), UkClock.ToUk(appointment.End), office.FullAddress, staffName, null, $"call {office.Phone}.");
                var message = AppointmentMessages.Compose(MessagePurpose.AppointmentBooked, facts);
                var failed = appointment.AbsenceJudgement != AbsenceJudgement.Unacceptable && random.NextDouble() < 0.04;
                var sentAt = appointment.CreatedAt.AddMinutes(1);
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(sentAt),
                    IdempotencyKey = $"appointment-{appointment.Id}-booked-{channel.Value.ToString().ToLowerInvariant()}",
                    PersonId = appointment.PersonId, AppointmentId = appointment.Id, Purpose = MessagePurpose.AppointmentBooked, Channel = channel.Value,
                    Recipient = channel == NotificationChannel.Sms ? phone! : email!, Subject = message.Subject, Body = message.Body,
                    NotBefore = appointment.CreatedAt, NextAttemptAt = appointment.CreatedAt, Attempts = 1,
                    Status = failed ? NotificationStatus.Failed : NotificationStatus.Delivered, StatusAt = sentAt,
                    LastError = failed ? "The phone number or address was not recognised by the provider" : null,
                    ProviderReference = "demo", CreatedAt = appointment.CreatedAt,
                });
            }

            await db.SaveChangesAsync(cancellationToken);

            // Most unacceptable absences already have the practitioner's warning; the rest wait on the appointment page.
            foreach (var (appointment, _, _, _, _, _, _) in batch.Where(b => b.Appointment.AbsenceJudgement == AbsenceJudgement.Unacceptable && random.NextDouble() < 0.7))
            {
                db.EnforcementDecisions.Add(new EnforcementDecision
                {
                    PersonId = appointment.PersonId, AppointmentId = appointment.Id, Recommended = Domain.Enforcement.EnforcementAction.Warning,
                    RecommendationReason = "This is the first unacceptable failure with no warning in the last 12 months: give a warning.",
                    Decision = Domain.Enforcement.EnforcementAction.Warning, WhatHappened = "Did not attend supervision; no explanation within the evidence window.",
                    PersonsExplanation = "None given despite a text message and a call.", RiskConsidered = "Risk unchanged; accommodation stable.",
                    OptionsConsidered = "Warning; further appointment this week.", Rationale = "First failure: a warning is proportionate and the order is otherwise going well.",
                    Status = DecisionStatus.InForce, DecidedByStaffMemberId = appointment.StaffMemberId, DecidedAt = appointment.Start.AddDays(1),
                    BreachStage = Domain.Enforcement.BreachStage.WarningGiven, BreachStageAt = appointment.Start.AddDays(1),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // Pre-sentence reports: about one practitioner in three wrote one or two in the last month, and most people waiting
        // for allocation had a report written by someone in the team.
        var holders = people.Select(p => p.Staff).Distinct().ToList();
        var reportWriters = holders.Where(_ => random.NextDouble() < 0.35).ToList();
        foreach (var writer in reportWriters)
        {
            foreach (var person in people.Where(p => p.Staff == writer).Take(random.Next(1, 3)))
            {
                var completed = today.AddDays(-random.Next(0, 29));
                db.CourtReports.Add(new CourtReport
                {
                    PersonId = person.Id, StaffMemberId = writer, Type = random.NextDouble() < 0.6 ? Domain.Workload.ReportType.Fast : Domain.Workload.ReportType.Standard,
                    Court = "Magistrates' Court", RequestedOn = completed.AddDays(-random.Next(1, 15)), DueOn = completed.AddDays(random.Next(0, 3)), CompletedOn = completed,
                    Proposal = "Community order with rehabilitation activity requirement days", CreatedBy = "demo data", CreatedAt = now,
                });
            }
        }

        var waiting = await db.People.AsNoTracking().Where(p => p.ResponsibleStaffMemberId == null && p.ResponsibleTeamId != null)
            .Select(p => new { p.Id, Team = p.ResponsibleTeamId!.Value }).ToListAsync(cancellationToken);
        var teamStaff = (await db.StaffMembers.AsNoTracking().Where(s => holders.Contains(s.Id)).Select(s => new { s.Id, s.TeamId }).ToListAsync(cancellationToken)).ToLookup(s => s.TeamId, s => s.Id);
        foreach (var person in waiting.Where(_ => random.NextDouble() < 0.7))
        {
            var authors = teamStaff[person.Team].ToList();
            if (authors.Count == 0)
            {
                continue;
            }

            var completed = today.AddDays(-random.Next(1, 10));
            db.CourtReports.Add(new CourtReport
            {
                PersonId = person.Id, StaffMemberId = authors[random.Next(authors.Count)], Type = Domain.Workload.ReportType.Fast, Court = "Magistrates' Court",
                RequestedOn = completed, DueOn = completed, CompletedOn = completed, Proposal = "Community order", CreatedBy = "demo data", CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Each person's next appointment comes from the appointments now.
        var nowUtc = DateTime.UtcNow;
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.NextAppointmentAt,
            p => db.Appointments.Where(a => a.PersonId == p.Id && a.Status == AppointmentStatus.Booked && a.Start >= nowUtc).Min(a => (DateTime?)a.Start)), cancellationToken);
    }
}
