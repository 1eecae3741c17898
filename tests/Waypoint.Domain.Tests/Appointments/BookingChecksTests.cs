using Waypoint.Domain.Appointments;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Workload;

namespace Waypoint.Domain.Tests.Appointments;

public class BookingChecksTests
{
    // Tuesday 3 March 2026.
    private static readonly DateTime Tuesday10 = new(2026, 3, 3, 10, 0, 0);

    private static IReadOnlyList<BookingWarning> Check(DateTime start, int minutes = 60, IEnumerable<BookedSlot>? person = null, IEnumerable<BookedSlot>? staff = null, IEnumerable<WeeklyCommitment>? commitments = null, BookingRules? rules = null) =>
        BookingChecks.Check(start, start.AddMinutes(minutes), rules ?? BookingRules.Default, person ?? [], staff ?? [], commitments ?? []);

    [Fact]
    public void A_weekday_morning_slot_with_nothing_else_booked_has_no_warnings() => Check(Tuesday10).ShouldBeEmpty();

    [Fact]
    public void Overlapping_bookings_of_the_person_and_of_the_practitioner_are_both_named()
    {
        var warnings = Check(Tuesday10,
            person: [new BookedSlot(Tuesday10.AddMinutes(30), Tuesday10.AddMinutes(90), "an unpaid work session")],
            staff: [new BookedSlot(Tuesday10.AddMinutes(-30), Tuesday10.AddMinutes(15), "a supervision appointment")]);
        warnings.Select(w => w.Kind).ShouldBe([BookingWarningKind.PersonAlreadyBooked, BookingWarningKind.PractitionerAlreadyBooked]);
        warnings[0].Text.ShouldBe("The person already has an unpaid work session from 10:30am to 11:30am.");
        warnings[1].Text.ShouldBe("The practitioner is already booked for a supervision appointment from 9:30am to 10:15am.");
    }

    [Fact]
    public void Back_to_back_bookings_do_not_clash()
    {
        Check(Tuesday10, person: [new BookedSlot(Tuesday10.AddHours(-1), Tuesday10, "a session")],
            staff: [new BookedSlot(Tuesday10.AddHours(1), Tuesday10.AddHours(2), "a session")]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(8, 0, 60)]   // starts before 8:30am
    [InlineData(17, 0, 45)]  // ends after 5:30pm
    [InlineData(19, 0, 30)]
    public void Outside_office_hours(int hour, int minute, int minutes) =>
        Check(new DateTime(2026, 3, 3, hour, minute, 0), minutes).Select(w => w.Kind).ShouldBe([BookingWarningKind.OutsideOfficeHours]);

    [Fact]
    public void Exactly_office_hours_is_inside() => Check(new DateTime(2026, 3, 3, 8, 30, 0), 540).ShouldBeEmpty();

    [Fact]
    public void Good_friday_and_easter_monday_are_bank_holidays()
    {
        Check(new DateTime(2026, 4, 3, 10, 0, 0)).Single().Kind.ShouldBe(BookingWarningKind.BankHoliday);
        Check(new DateTime(2026, 4, 6, 10, 0, 0)).Single().Text.ShouldBe("This is a bank holiday in England and Wales.");
    }

    [Fact]
    public void A_weekend_is_not_a_working_day() =>
        Check(new DateTime(2026, 3, 7, 10, 0, 0)).Single().Text.ShouldBe("Saturday is not a working day.");

    [Fact]
    public void The_services_own_holidays_come_from_its_table()
    {
        var rules = BookingRules.Default with { ServiceHolidays = new HashSet<DateOnly> { new(2026, 3, 3) } };
        Check(Tuesday10, rules: rules).Single().Kind.ShouldBe(BookingWarningKind.ServiceHoliday);
    }

    [Fact]
    public void Recorded_work_hours_on_that_weekday_are_a_warning_other_days_are_not()
    {
        WeeklyCommitment[] shifts = [new(CommitmentKind.Employment, DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(13, 0), "warehouse shift")];
        Check(Tuesday10, commitments: shifts).Single().Text
            .ShouldBe("The person has recorded work (warehouse shift) on Tuesdays from 9am to 1pm.");
        Check(Tuesday10.AddDays(1), commitments: shifts).ShouldBeEmpty();
        Check(Tuesday10.AddHours(3), commitments: shifts).ShouldBeEmpty();
    }

    [Fact]
    public void An_appointment_that_ends_before_it_starts_is_refused() =>
        Should.Throw<ArgumentException>(() => BookingChecks.Check(Tuesday10, Tuesday10, BookingRules.Default, [], [], []));

    [Theory]
    [InlineData(0, 0, "12am")]
    [InlineData(12, 0, "12pm")]
    [InlineData(13, 5, "1:05pm")]
    [InlineData(9, 30, "9:30am")]
    public void Clock_times_in_plain_english(int hour, int minute, string expected) => BookingChecks.Clock(new TimeOnly(hour, minute)).ShouldBe(expected);
}

public class InductionRuleTests
{
    [Fact]
    public void A_community_sentence_needs_an_induction_within_five_working_days()
    {
        // Sentenced Thursday 26 March 2026: Friday 27, Monday 30, Tuesday 31, Wednesday 1 April, Thursday 2 April.
        InductionRule.DueBy(SentenceType.CommunityOrder, new DateOnly(2026, 3, 26), null).ShouldBe(new DateOnly(2026, 4, 2));
        // Sentenced Wednesday 1 April 2026: Good Friday and Easter Monday are skipped.
        InductionRule.DueBy(SentenceType.SuspendedSentenceOrder, new DateOnly(2026, 4, 1), null).ShouldBe(new DateOnly(2026, 4, 10));
    }

    [Fact]
    public void A_licence_needs_an_induction_on_the_day_of_release()
    {
        InductionRule.DueBy(SentenceType.CustodyWithLicence, new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 3)).ShouldBe(new DateOnly(2026, 3, 3));
        InductionRule.DueBy(SentenceType.CustodyWithLicence, new DateOnly(2025, 1, 1), null).ShouldBeNull();
    }

    [Fact]
    public void Status_says_whether_the_induction_is_missing_booked_late_or_held()
    {
        var due = new DateOnly(2026, 4, 2);
        InductionRule.Status(due, new DateOnly(2026, 4, 1), null, false).State.ShouldBe(InductionState.Due);
        var overdue = InductionRule.Status(due, new DateOnly(2026, 4, 3), null, false);
        overdue.State.ShouldBe(InductionState.Overdue);
        overdue.Text.ShouldBe("Induction missing: it was due by 2 Apr 2026");
        InductionRule.Status(due, new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 7), false).Text.ShouldBe("Induction booked for 7 Apr 2026, after it was due (2 Apr 2026)");
        InductionRule.Status(due, new DateOnly(2026, 4, 3), null, true).State.ShouldBe(InductionState.Held);
        InductionRule.Status(null, new DateOnly(2026, 4, 3), null, false).State.ShouldBe(InductionState.NotDue);
    }

    [Fact]
    public void Adding_working_days_and_counting_them_agree()
    {
        var start = new DateOnly(2026, 12, 18);
        for (var n = 0; n < 30; n++)
        {
            WorkingDays.Between(start, WorkingDays.Add(start, n)).ShouldBe(n);
        }
    }
}
