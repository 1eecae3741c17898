using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Appointments;

public enum AppointmentType
{
    Induction = 1,
    Supervision,
    HomeVisit,
    UnpaidWorkSession,
    AccreditedProgrammeSession,
    Treatment,
    ThreeWayMeeting,
}

public enum AppointmentLocationKind
{
    Office = 1,
    Phone,
    Video,
    Home,
}

public enum AppointmentStatus
{
    Booked = 1,
    /// <summary>Moved to another time: the new appointment points back to this one.</summary>
    Rearranged,
    Cancelled,
}

public enum AppointmentOutcome
{
    AttendedComplied = 1,
    AttendedFailedToComply,
    DidNotAttend,
    RescheduledByProbation,
    RescheduledAtPersonsRequest,
}

public enum AbsenceJudgement
{
    /// <summary>No explanation yet: the evidence window is open.</summary>
    AwaitingExplanation = 1,
    Acceptable,
    Unacceptable,
}

public enum AbsenceReason
{
    SicknessWithEvidence = 1,
    SicknessWithoutEvidence,
    Work,
    Caring,
    Travel,
    Other,
    NoExplanation,
}

public enum CommitmentKind
{
    Employment = 1,
    Caring,
    Education,
}

/// <summary>A weekly commitment the person has recorded (work shift, school run), which appointments should avoid.</summary>
public sealed record WeeklyCommitment(CommitmentKind Kind, DayOfWeek Day, TimeOnly From, TimeOnly To, string? Description = null);

/// <summary>An existing booking, for the clash check.</summary>
public sealed record BookedSlot(DateTime Start, DateTime End, string Description);

/// <summary>Office hours (the same every weekday) and the service's own one-off holidays.</summary>
public sealed record BookingRules(TimeOnly OfficeOpens, TimeOnly OfficeCloses, IReadOnlySet<DateOnly> ServiceHolidays)
{
    public static BookingRules Default { get; } = new(new TimeOnly(8, 30), new TimeOnly(17, 30), new HashSet<DateOnly>());
}

public enum BookingWarningKind
{
    PersonAlreadyBooked = 1,
    PractitionerAlreadyBooked,
    OutsideOfficeHours,
    Weekend,
    BankHoliday,
    ServiceHoliday,
    PersonsCommitment,
}

public sealed record BookingWarning(BookingWarningKind Kind, string Text);

/// <summary>
/// The warnings shown before an appointment is booked or moved. None of them stops the booking: the practitioner can
/// proceed, with a reason, when the clash is intended (a home visit on a Saturday, a three-way meeting at 6pm).
/// Times are local (UK) wall-clock times.
/// </summary>
public static class BookingChecks
{
    public static IReadOnlyList<BookingWarning> Check(
        DateTime start,
        DateTime end,
        BookingRules rules,
        IEnumerable<BookedSlot> personsBookings,
        IEnumerable<BookedSlot> practitionersBookings,
        IEnumerable<WeeklyCommitment> commitments)
    {
        if (end <= start)
        {
            throw new ArgumentException("An appointment must end after it starts.", nameof(end));
        }

        var warnings = new List<BookingWarning>();
        var day = DateOnly.FromDateTime(start);
        foreach (var slot in personsBookings.Where(s => Overlaps(s, start, end)))
        {
            warnings.Add(new(BookingWarningKind.PersonAlreadyBooked, $"The person already has {slot.Description} from {Clock(slot.Start)} to {Clock(slot.End)}."));
        }

        foreach (var slot in practitionersBookings.Where(s => Overlaps(s, start, end)))
        {
            warnings.Add(new(BookingWarningKind.PractitionerAlreadyBooked, $"The practitioner is already booked for {slot.Description} from {Clock(slot.Start)} to {Clock(slot.End)}."));
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            warnings.Add(new(BookingWarningKind.Weekend, $"{day.DayOfWeek} is not a working day."));
        }
        else if (BankHolidays.IsBankHoliday(day))
        {
            warnings.Add(new(BookingWarningKind.BankHoliday, "This is a bank holiday in England and Wales."));
        }
        else if (rules.ServiceHolidays.Contains(day))
        {
            warnings.Add(new(BookingWarningKind.ServiceHoliday, "This is a holiday in the service's own calendar."));
        }

        if (TimeOnly.FromDateTime(start) < rules.OfficeOpens || TimeOnly.FromDateTime(end) > rules.OfficeCloses || DateOnly.FromDateTime(end) != day)
        {
            warnings.Add(new(BookingWarningKind.OutsideOfficeHours, $"This is outside office hours ({Clock(rules.OfficeOpens)} to {Clock(rules.OfficeCloses)})."));
        }

        foreach (var commitment in commitments.Where(c => c.Day == day.DayOfWeek
                     && c.From < TimeOnly.FromDateTime(end) && TimeOnly.FromDateTime(start) < c.To))
        {
            var what = commitment.Description is { Length: > 0 } d ? $" ({d})" : "";
            warnings.Add(new(BookingWarningKind.PersonsCommitment,
                $"The person has recorded {KindWords(commitment.Kind)}{what} on {commitment.Day}s from {Clock(commitment.From)} to {Clock(commitment.To)}."));
        }

        return warnings;
    }

    private static bool Overlaps(BookedSlot slot, DateTime start, DateTime end) => slot.Start < end && start < slot.End;

    private static string KindWords(CommitmentKind kind) => kind switch
    {
        CommitmentKind.Employment => "work",
        CommitmentKind.Caring => "caring responsibilities",
        _ => "education or training",
    };

    public static string Clock(DateTime time) => Clock(TimeOnly.FromDateTime(time));

    public static string Clock(TimeOnly time) =>
        (time.Hour % 12 == 0 ? 12 : time.Hour % 12) + (time.Minute == 0 ? "" : $":{time.Minute:00}") + (time.Hour < 12 ? "am" : "pm");
}

public enum InductionState
{
    NotDue = 1,
    Booked,
    Due,
    Overdue,
    Held,
}

public sealed record InductionStatus(InductionState State, DateOnly? DueBy, string Text);

/// <summary>
/// An induction is due within 5 working days of sentence for a community sentence (community order or suspended
/// sentence order), and on the day of release for a licence.
/// </summary>
public static class InductionRule
{
    public const int CommunityWorkingDays = 5;

    public static DateOnly? DueBy(SentenceType type, DateOnly sentenceDate, DateOnly? releaseDate, IReadOnlySet<DateOnly>? serviceHolidays = null) => type switch
    {
        SentenceType.CustodyWithLicence => releaseDate,
        _ => WorkingDays.Add(sentenceDate, CommunityWorkingDays, serviceHolidays),
    };

    public static InductionStatus Status(DateOnly? dueBy, DateOnly today, DateOnly? bookedFor, bool held)
    {
        if (held)
        {
            return new(InductionState.Held, dueBy, "Induction held");
        }

        if (dueBy is null)
        {
            return new(InductionState.NotDue, null, "No induction due until a release date is known");
        }

        if (bookedFor is { } booked)
        {
            return new(InductionState.Booked, dueBy, booked > dueBy
                ? $"Induction booked for {Words.Date(booked)}, after it was due ({Words.Date(dueBy)})"
                : $"Induction booked for {Words.Date(booked)}");
        }

        return today > dueBy
            ? new(InductionState.Overdue, dueBy, $"Induction missing: it was due by {Words.Date(dueBy)}")
            : new(InductionState.Due, dueBy, $"Induction not booked: due by {Words.Date(dueBy)}");
    }
}
