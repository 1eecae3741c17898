using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;

namespace Waypoint.Data.Appointments;

public enum NotifiedState
{
    /// <summary>There is evidence the person was told.</summary>
    Told = 1,
    /// <summary>A message is queued or sent but not yet delivered.</summary>
    Pending,
    /// <summary>Nothing was sent, or what was sent failed: the person may not know.</summary>
    NotTold,
}

public sealed record AppointmentRow(
    int Id,
    int PersonId,
    string Crn,
    string PersonName,
    bool LimitedAccess,
    AppointmentType Type,
    DateTime Start,
    DateTime End,
    string Place,
    int StaffMemberId,
    string StaffName,
    AppointmentStatus Status,
    AppointmentOutcome? Outcome,
    AbsenceJudgement? Judgement,
    AbsenceReason? Reason,
    DateOnly? EvidenceDueOn,
    NotifiedState Notified,
    string NotificationText,
    string? OverrideReason)
{
    public bool NeedsOutcome(DateTime nowUtc) => Status == AppointmentStatus.Booked && Outcome is null && Start <= nowUtc;
}

/// <summary>Appointment lists (a person's, a practitioner's diary) with each one's notification record in one query.</summary>
public sealed class AppointmentReader(WaypointDbContext db)
{
    private sealed record Row(int Id, int PersonId, string Crn, string Name, bool Limited, AppointmentType Type, DateTime Start, DateTime End,
        AppointmentLocationKind LocationKind, OfficeLocation? OfficeLocation, int StaffMemberId, string Staff, AppointmentStatus Status, AppointmentOutcome? Outcome,
        AbsenceJudgement? AbsenceJudgement, AbsenceReason? AbsenceReason, DateOnly? EvidenceDueOn, string? WarningsOverrideReason);

    private sealed record Message(int AppointmentId, NotificationChannel Channel, NotificationStatus Status, DateTime StatusAt, MessagePurpose Purpose, bool AddressConfirmed);

    private static readonly System.Linq.Expressions.Expression<Func<Appointment, Row>> AsRow = a => new Row(
        a.Id, a.PersonId, a.Person.Crn, a.Person.FirstName + " " + a.Person.LastName, a.Person.HasExclusions || a.Person.HasRestrictions,
        a.Type, a.Start, a.End, a.LocationKind, a.OfficeLocation, a.StaffMemberId, a.StaffMember.FirstName + " " + a.StaffMember.LastName,
        a.Status, a.Outcome, a.AbsenceJudgement, a.AbsenceReason, a.EvidenceDueOn, a.WarningsOverrideReason);

    // Compiled (ADR 0006): the diary and My week read these on every view.
    private static readonly CompiledQuery<Func<WaypointDbContext, int, DateTime, DateTime, IAsyncEnumerable<Row>>> Diary = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffMemberId, DateTime fromUtc, DateTime toUtc) => db.Appointments.AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId && a.Start >= fromUtc && a.Start < toUtc && a.Status == AppointmentStatus.Booked)
            .OrderBy(a => a.Start).Select(AsRow)));

    private static readonly CompiledQuery<Func<WaypointDbContext, int, DateTime, IAsyncEnumerable<Row>>> NeedingAction = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, int staffMemberId, DateTime nowUtc) => db.Appointments.AsNoTracking()
            .Where(a => a.StaffMemberId == staffMemberId && a.Status == AppointmentStatus.Booked
                        && ((a.Outcome == null && a.Start <= nowUtc) || a.AbsenceJudgement == AbsenceJudgement.AwaitingExplanation))
            .OrderBy(a => a.Start).Take(200).Select(AsRow)));

    private static readonly CompiledQuery<Func<WaypointDbContext, List<int>, IAsyncEnumerable<Message>>> MessagesAbout = new(() =>
        EF.CompileAsyncQuery((WaypointDbContext db, List<int> ids) => db.OutboxMessages.AsNoTracking()
            .Where(m => m.AppointmentId != null && ids.Contains(m.AppointmentId.Value))
            .Select(m => new Message(m.AppointmentId!.Value, m.Channel, m.Status, m.StatusAt, m.Purpose, m.AddressConfirmed))));

    public async Task<List<AppointmentRow>> ForPersonAsync(int personId, CancellationToken cancellationToken) =>
        await WithNotificationsAsync(await db.Appointments.AsNoTracking().Where(a => a.PersonId == personId).OrderByDescending(a => a.Start).Select(AsRow)
            .ToListAsync(cancellationToken), cancellationToken);

    public async Task<List<AppointmentRow>> DiaryAsync(int staffMemberId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await WithNotificationsAsync(await Diary.For(db)(db, staffMemberId, fromUtc, toUtc).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Past appointments with no outcome, and absences still waiting for an explanation, for a practitioner.</summary>
    public async Task<List<AppointmentRow>> NeedingActionAsync(int staffMemberId, DateTime nowUtc, CancellationToken cancellationToken) =>
        await WithNotificationsAsync(await NeedingAction.For(db)(db, staffMemberId, nowUtc).ToListAsync(cancellationToken), cancellationToken);

    public async Task<List<AppointmentRow>> ByIdAsync(int id, CancellationToken cancellationToken) =>
        await WithNotificationsAsync(await db.Appointments.AsNoTracking().Where(a => a.Id == id).Select(AsRow).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Each appointment with how the person was told of it, from its messages read by the appointments' ids.</summary>
    private async Task<List<AppointmentRow>> WithNotificationsAsync(List<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var messages = await MessagesAbout.For(db)(db, rows.Select(r => r.Id).ToList()).ToListAsync(cancellationToken);
        var byAppointment = messages.ToLookup(m => m.AppointmentId);
        return rows.Select(r =>
        {
            var facts = byAppointment[r.Id]
                .Select(m => new NotificationFact(m.Channel, m.Status, UkClock.ToUk(m.StatusAt), m.Purpose, m.AddressConfirmed))
                .ToList();
            var (state, text) = Summarise(UkClock.ToUk(r.Start), facts);
            return new AppointmentRow(r.Id, r.PersonId, r.Crn, r.Name, r.Limited, r.Type, r.Start, r.End,
                AppointmentService.PlaceWords(r.LocationKind, r.OfficeLocation), r.StaffMemberId, r.Staff, r.Status, r.Outcome,
                r.AbsenceJudgement, r.AbsenceReason, r.EvidenceDueOn, state, text, r.WarningsOverrideReason);
        }).ToList();
    }

    /// <summary>The one line an appointment shows about how the person was told. Times are UK local.</summary>
    public static (NotifiedState State, string Text) Summarise(DateTime localStart, IReadOnlyList<NotificationFact> facts)
    {
        var evidence = NotificationEvidence.Check(localStart, facts);
        if (evidence.Evidenced)
        {
            return (NotifiedState.Told, Capitalise(evidence.Explanation));
        }

        var telling = facts.Where(f => f.Purpose is MessagePurpose.AppointmentBooked or MessagePurpose.AppointmentRearranged).OrderByDescending(f => f.At).FirstOrDefault();
        if (telling is { Status: NotificationStatus.Queued or NotificationStatus.Sending or NotificationStatus.Sent } && telling.At < localStart)
        {
            return (NotifiedState.Pending, Capitalise(NotificationEvidence.Describe(telling)));
        }

        return (NotifiedState.NotTold, telling is null
            ? "No message was sent and no conversation recorded"
            : Capitalise(NotificationEvidence.Describe(telling)));
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
