using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Waypoint.Data.Auditing;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Audit;

namespace Waypoint.Data.DemoData;

/// <summary>A past appointment behind a generated contact, kept compactly until the offices exist to place it.</summary>
public readonly record struct HistoryAppointment(int PersonId, string Crn, int StaffMemberId, int PduId, DateTime Start, ContactType Type, ContactOutcome Outcome, string Actor);

/// <summary>
/// The dense history of the load-test profiles: a past appointment for each generated office or home visit, and an
/// audit entry for each contact and appointment written, already sealed into the hash chain (so the chain verifies
/// and the sealer has no backlog). PostgreSQL takes them by binary COPY; SQLite through EF in batches, after each of
/// which <c>resetTracker</c> empties the change tracker the way the seeder needs it.
/// </summary>
public sealed class DemoHistory(WaypointDbContext db, Action resetTracker)
{
    private const int Batch = 5000;
    private long chainIndex;
    private string previousHash = AuditChain.Genesis;

    public int AuditEntries { get; private set; }

    /// <summary>Continues the chain from whatever is already sealed (nothing, on a database being seeded).</summary>
    public async Task StartChainAsync(CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.ChainIndex != null).OrderByDescending(a => a.ChainIndex)
            .Select(a => new { a.ChainIndex, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        (chainIndex, previousHash) = (last?.ChainIndex ?? 0, last?.Hash ?? AuditChain.Genesis);
    }

    /// <summary>The audit entries for contacts just written ("created" by their author when they were recorded).</summary>
    public Task AuditContactsAsync(IEnumerable<(Contact Contact, string Crn, string Actor)> contacts, CancellationToken cancellationToken) =>
        WriteAuditAsync(contacts.Select(c => Sealed(c.Contact.CreatedAt, c.Actor, c.Contact.AuthorStaffMemberId, c.Contact.PersonId, c.Crn, "Contact",
            $"{c.Contact.Id:N}", $"{{\"Type\":\"{c.Contact.Type}\"}}")), cancellationToken);

    /// <summary>Writes the past appointments (at the PDU's main office) and their audit entries.</summary>
    public async Task<int> AddAppointmentsAsync(IReadOnlyList<HistoryAppointment> history, CancellationToken cancellationToken)
    {
        var offices = await db.OfficeLocations.AsNoTracking().GroupBy(o => o.PduId).Select(g => new { g.Key, Id = g.Min(o => o.Id) }).ToDictionaryAsync(g => g.Key, g => g.Id, cancellationToken);
        var nextId = (await db.Appointments.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        foreach (var chunk in history.Chunk(Batch * 10))
        {
            var appointments = chunk.Select(h => ToAppointment(h, offices[h.PduId], nextId++)).ToList();
            if (db.Database.IsNpgsql())
            {
                await CopyAppointmentsAsync(appointments, cancellationToken);
            }
            else
            {
                foreach (var part in appointments.Chunk(Batch))
                {
                    db.Appointments.AddRange(part);
                    await db.SaveChangesAsync(cancellationToken);
                    resetTracker();
                }
            }

            await WriteAuditAsync(appointments.Zip(chunk).Select(p => Sealed(p.First.CreatedAt, p.Second.Actor, p.First.StaffMemberId, p.First.PersonId, p.Second.Crn,
                "Appointment", p.First.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{{\"Type\":\"{p.First.Type}\",\"Outcome\":\"{p.First.Outcome}\"}}")), cancellationToken);
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('\"Appointments\"', 'Id'), (SELECT max(\"Id\") FROM \"Appointments\"))", cancellationToken);
        }

        return history.Count;
    }

    private static Appointment ToAppointment(HistoryAppointment h, int officeId, int id)
    {
        var home = h.Type == ContactType.HomeVisit;
        var appointment = new Appointment
        {
            Id = id, PersonId = h.PersonId, StaffMemberId = h.StaffMemberId, Type = home ? AppointmentType.HomeVisit : AppointmentType.Supervision,
            Start = h.Start, End = h.Start.AddHours(1), LocationKind = home ? AppointmentLocationKind.Home : AppointmentLocationKind.Office,
            OfficeLocationId = home ? null : officeId, Status = AppointmentStatus.Booked,
            CreatedAt = h.Start.AddDays(-7), CreatedBy = h.Actor, OutcomeRecordedAt = h.Start.AddHours(2), OutcomeRecordedBy = h.Actor, Version = 1,
        };
        (appointment.Outcome, appointment.AbsenceJudgement, appointment.AbsenceReason) = h.Outcome switch
        {
            ContactOutcome.FailedToAttend => (AppointmentOutcome.DidNotAttend, AbsenceJudgement.Unacceptable, AbsenceReason.NoExplanation),
            ContactOutcome.AcceptableAbsence => (AppointmentOutcome.DidNotAttend, AbsenceJudgement.Acceptable, AbsenceReason.SicknessWithEvidence),
            ContactOutcome.Rescheduled => (AppointmentOutcome.RescheduledAtPersonsRequest, (AbsenceJudgement?)null, (AbsenceReason?)null),
            _ => (AppointmentOutcome.AttendedComplied, null, null),
        };
        return appointment;
    }

    private AuditEntry Sealed(DateTime at, string actor, int? actorId, int personId, string crn, string entityType, string key, string details)
    {
        var entry = new AuditEntry
        {
            Id = Guid.CreateVersion7(at), RecordedAt = at, Actor = actor, ActorStaffMemberId = actorId, Action = AuditAction.Create,
            PersonId = personId, Crn = crn, EntityType = entityType, EntityKey = key, Details = details,
            ChainIndex = ++chainIndex, PreviousHash = previousHash,
        };
        entry.Hash = previousHash = AuditChain.ComputeHash(entry.PreviousHash, chainIndex, AuditTrail.CanonicalContent(entry));
        return entry;
    }

    private async Task WriteAuditAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            foreach (var part in entries.Chunk(Batch))
            {
                db.AuditEntries.AddRange(part);
                await db.SaveChangesAsync(cancellationToken);
                resetTracker();
                AuditEntries += part.Length;
            }

            return;
        }

        await BulkCopy.WriteAsync(db, "AuditEntries",
            ["Id", "RecordedAt", "Actor", "ActorStaffMemberId", "Action", "PersonId", "Crn", "EntityType", "EntityKey", "Details", "ChainIndex", "PreviousHash", "Hash"],
            entries, async (importer, e, ct) =>
            {
                await importer.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(e.RecordedAt, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(e.Actor, NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(e.ActorStaffMemberId, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(e.Action.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(e.PersonId, NpgsqlDbType.Integer, ct);
                await importer.WriteNullableAsync(e.Crn, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(e.EntityType, NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(e.EntityKey, NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(e.Details, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(e.ChainIndex!.Value, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(e.PreviousHash!, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(e.Hash!, NpgsqlDbType.Varchar, ct);
                AuditEntries++;
            }, cancellationToken);
    }

    private Task CopyAppointmentsAsync(List<Appointment> appointments, CancellationToken cancellationToken) =>
        BulkCopy.WriteAsync(db, "Appointments",
            ["Id", "PersonId", "Type", "Start", "End", "LocationKind", "OfficeLocationId", "StaffMemberId", "Status", "Outcome", "AbsenceJudgement", "AbsenceReason", "OutcomeRecordedAt", "OutcomeRecordedBy", "CreatedAt", "CreatedBy", "Version"],
            appointments, async (importer, a, ct) =>
            {
                await importer.WriteAsync(a.Id, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(a.PersonId, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(a.Type.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(a.Start, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(a.End, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(a.LocationKind.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(a.OfficeLocationId, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(a.StaffMemberId, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(a.Status.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(a.Outcome?.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(a.AbsenceJudgement?.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(a.AbsenceReason?.ToString(), NpgsqlDbType.Varchar, ct);
                await importer.WriteNullableAsync(a.OutcomeRecordedAt, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteNullableAsync(a.OutcomeRecordedBy, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(a.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(a.CreatedBy, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(a.Version, NpgsqlDbType.Integer, ct);
            }, cancellationToken);
}
