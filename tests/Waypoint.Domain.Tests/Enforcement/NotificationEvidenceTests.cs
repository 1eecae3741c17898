using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;

namespace Waypoint.Domain.Tests.Enforcement;

public class NotificationEvidenceTests
{
    private static readonly DateTime Appointment = new(2026, 3, 5, 10, 0, 0);
    private static readonly DateTime Booked = new(2026, 3, 3, 10, 2, 0);

    [Fact]
    public void A_delivered_sms_before_the_appointment_is_evidence_in_the_records_words()
    {
        var result = NotificationEvidence.Check(Appointment, [new(NotificationChannel.Sms, NotificationStatus.Delivered, Booked, MessagePurpose.AppointmentBooked)]);
        result.Evidenced.ShouldBeTrue();
        result.Explanation.ShouldBe("told by SMS on 3 March 10:02 (delivered)");
    }

    [Theory]
    [InlineData(NotificationStatus.Queued)]
    [InlineData(NotificationStatus.Sending)]
    [InlineData(NotificationStatus.Sent)]
    [InlineData(NotificationStatus.Failed)]
    [InlineData(NotificationStatus.Withdrawn)]
    public void An_sms_or_email_that_was_not_delivered_is_not_evidence(NotificationStatus status)
    {
        NotificationEvidence.Check(Appointment, [new(NotificationChannel.Sms, status, Booked, MessagePurpose.AppointmentBooked)]).Evidenced.ShouldBeFalse();
        NotificationEvidence.Check(Appointment, [new(NotificationChannel.Email, status, Booked, MessagePurpose.AppointmentReminder)]).Evidenced.ShouldBeFalse();
    }

    [Fact]
    public void A_failed_sms_is_named_in_the_explanation()
    {
        var result = NotificationEvidence.Check(Appointment, [new(NotificationChannel.Sms, NotificationStatus.Failed, Booked, MessagePurpose.AppointmentBooked)]);
        result.Explanation.ShouldBe("There is no evidence the person was told: SMS on 3 March 10:02 failed.");
    }

    [Fact]
    public void A_letter_counts_only_when_issued_to_a_confirmed_address()
    {
        NotificationEvidence.Check(Appointment, [new(NotificationChannel.Letter, NotificationStatus.LetterPrinted, Booked, MessagePurpose.AppointmentBooked, AddressConfirmed: true)]).Evidenced.ShouldBeTrue();
        var unconfirmed = NotificationEvidence.Check(Appointment, [new(NotificationChannel.Letter, NotificationStatus.LetterPrinted, Booked, MessagePurpose.AppointmentBooked)]);
        unconfirmed.Evidenced.ShouldBeFalse();
        unconfirmed.Explanation.ShouldContain("but the address was not confirmed");
    }

    [Fact]
    public void Being_told_in_person_and_recorded_is_evidence() =>
        NotificationEvidence.Check(Appointment, [new(NotificationChannel.InPerson, NotificationStatus.Delivered, Booked, MessagePurpose.AppointmentBooked)]).Evidenced.ShouldBeTrue();

    [Fact]
    public void Nothing_sent_at_all_is_explained() =>
        NotificationEvidence.Check(Appointment, []).Explanation.ShouldStartWith("The person was never told about this appointment");

    [Fact]
    public void A_delivery_after_the_appointment_started_does_not_count()
    {
        var result = NotificationEvidence.Check(Appointment, [new(NotificationChannel.Sms, NotificationStatus.Delivered, Appointment.AddMinutes(5), MessagePurpose.AppointmentReminder)]);
        result.Evidenced.ShouldBeFalse();
        result.Explanation.ShouldContain("after the appointment had started");
    }

    [Fact]
    public void A_cancellation_notice_is_not_evidence_of_the_appointment() =>
        NotificationEvidence.Check(Appointment, [new(NotificationChannel.Sms, NotificationStatus.Delivered, Booked, MessagePurpose.AppointmentCancelled)]).Evidenced.ShouldBeFalse();

    [Fact]
    public void One_delivered_reminder_is_enough_even_when_the_booking_message_failed()
    {
        var result = NotificationEvidence.Check(Appointment, [
            new(NotificationChannel.Sms, NotificationStatus.Failed, Booked, MessagePurpose.AppointmentBooked),
            new(NotificationChannel.Sms, NotificationStatus.Delivered, Booked.AddDays(1), MessagePurpose.AppointmentReminder),
        ]);
        result.Evidenced.ShouldBeTrue();
        result.Evidence!.Purpose.ShouldBe(MessagePurpose.AppointmentReminder);
    }

    [Fact]
    public void Messages_say_when_where_with_whom_what_to_bring_and_how_to_rearrange()
    {
        var facts = new AppointmentMessageFacts("Sam", AppointmentType.Supervision, Appointment, Appointment.AddHours(1), "Probation Office, 1 High Street, Leeds LS1 1AA", "Jo Bloggs", "your letter and photo ID", "reply to this message or call 0113 000 0000");
        var booked = AppointmentMessages.Compose(MessagePurpose.AppointmentBooked, facts);
        booked.Subject.ShouldBe("Probation appointment on Thursday 5 March 2026");
        booked.Body.ShouldBe("Hello Sam,\n\nYou have a supervision appointment on Thursday 5 March 2026 at 10am until 11am.\nWhere: Probation Office, 1 High Street, Leeds LS1 1AA\nWith: Jo Bloggs\nPlease bring: your letter and photo ID\n\nYou must attend. If you cannot come, tell us before the appointment: reply to this message or call 0113 000 0000");
        AppointmentMessages.Compose(MessagePurpose.AppointmentRearranged, facts, Appointment.AddDays(-1)).Body.ShouldContain("on Wednesday 4 March 2026 at 10am has moved. It is now on Thursday 5 March 2026 at 10am");
        AppointmentMessages.Compose(MessagePurpose.AppointmentCancelled, facts).Body.ShouldContain("is cancelled. You do not need to come.");
        AppointmentMessages.Compose(MessagePurpose.ExplainAbsence, facts, respondBy: new DateOnly(2026, 3, 12)).Body.ShouldContain("by Thursday 12 March 2026");
    }
}
