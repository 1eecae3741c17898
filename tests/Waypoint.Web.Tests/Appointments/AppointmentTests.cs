using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Data.Outbox;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Workload;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Appointments;

[Collection(AppsCollection.Name)]
public partial class AppointmentTests(AppsFixture apps)
{
    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A working day about three weeks ahead, so both reminders are due in the future.</summary>
    private static DateOnly FutureWorkingDay()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static Dictionary<string, string> BookingForm(DateOnly day, int staffId, int officeId, string start = "10:00", string end = "11:00") => new()
    {
        ["Type"] = "Supervision", ["Date.Day"] = I(day.Day), ["Date.Month"] = I(day.Month), ["Date.Year"] = I(day.Year),
        ["StartTime"] = start, ["EndTime"] = end, ["Location"] = "Office", ["OfficeId"] = I(officeId), ["StaffId"] = I(staffId),
        ["WhatToBring"] = "photo ID", ["WarningsShown"] = "false",
    };

    private async Task<(WaypointApp App, StaffMember Staff, string Email, Person Person, OfficeLocation Office)> SetUpAsync(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (staff, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(staff, "Sam", "Booker");
        await using var db = app.Database.CreateContext();
        var pduId = await db.Teams.Where(t => t.Id == team.Id).Select(t => t.PduId).SingleAsync();
        var office = await app.Data.CreateOfficeAsync(pduId);
        return (app, staff, email, person, office);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Booking_commits_the_appointment_with_its_message_and_reminders_and_the_record_shows_it_was_told(DatabaseProvider provider)
    {
        var (app, staff, email, person, office) = await SetUpAsync(provider);
        var client = await app.SignInAsync(email);
        var day = FutureWorkingDay();
        var booked = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book", BookingForm(day, staff.Id, office.Id));
        booked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = app.Database.CreateContext())
        {
            var appointment = await db.Appointments.SingleAsync(a => a.PersonId == person.Id);
            UkClock.ToUk(appointment.Start).ShouldBe(day.ToDateTime(new TimeOnly(10, 0)));
            var messages = await db.OutboxMessages.Where(m => m.AppointmentId == appointment.Id).OrderBy(m => m.NotBefore).ToListAsync();
            messages.Select(m => m.IdempotencyKey).ShouldBe([
                $"appointment-{appointment.Id}-booked-sms", $"appointment-{appointment.Id}-reminder-2d-sms", $"appointment-{appointment.Id}-reminder-morning-sms"]);
            UkClock.ToUk(messages[1].NotBefore).ShouldBe(day.AddDays(-2).ToDateTime(new TimeOnly(10, 0)));
            UkClock.ToUk(messages[2].NotBefore).ShouldBe(day.ToDateTime(new TimeOnly(8, 0)));
            messages[0].Body.ShouldContain("Please bring: photo ID");
            messages[0].Body.ShouldContain(office.FullAddress);
            (await db.People.SingleAsync(p => p.Id == person.Id)).NextAppointmentAt.ShouldBe(appointment.Start);
        }

        (await client.GetStringAsync($"/cases/{person.Crn}/appointments")).ShouldContain("Not yet delivered");
        (await client.GetStringAsync("/caseload")).ShouldContain("Not notified</strong>");
        var dispatcher = app.Factory.Services.GetRequiredService<OutboxDispatcher>();
        await using (var db = app.Database.CreateContext())
        {
            await dispatcher.DispatchOnceAsync(db, "test", CancellationToken.None);
        }

        var list = await client.GetStringAsync($"/cases/{person.Crn}/appointments");
        list.ShouldContain(">Told<");
        list.ShouldContain("Told by SMS on");
        (await client.GetStringAsync("/caseload")).ShouldNotContain("Not notified</strong>");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Clashes_and_office_hours_are_warned_about_and_booking_anyway_needs_a_reason(DatabaseProvider provider)
    {
        var (app, staff, email, person, office) = await SetUpAsync(provider);
        var client = await app.SignInAsync(email);
        var day = FutureWorkingDay();
        await using (var db = app.Database.CreateContext())
        {
            db.PersonCommitments.Add(new PersonCommitment { PersonId = person.Id, Kind = CommitmentKind.Employment, Day = day.DayOfWeek, From = new TimeOnly(17, 0), To = new TimeOnly(22, 0), Description = "evening shift" });
            await db.SaveChangesAsync();
        }

        var form = BookingForm(day, staff.Id, office.Id, "6pm", "7pm");
        var first = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book", form);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await first.Content.ReadAsStringAsync();
        html.ShouldContain("This is outside office hours (8:30am to 5:30pm).");
        html.ShouldContain($"The person has recorded work (evening shift) on {day.DayOfWeek}s from 5pm to 10pm.");
        html.ShouldContain("Book anyway");

        form["WarningsShown"] = "true";
        var noReason = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book", form);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Give the reason for booking despite the warnings");

        form["OverrideReason"] = "Only time the person's manager allows";
        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            (await db.Appointments.SingleAsync(a => a.PersonId == person.Id)).WarningsOverrideReason.ShouldBe("Only time the person's manager allows");
        }

        // The practitioner is now booked at that time: another person's booking warns about it.
        var other = await app.Data.CreatePersonOnProbationAsync(staff);
        var clash = await WaypointApp.PostFormAsync(client, $"/cases/{other.Crn}/appointments/book", BookingForm(day, staff.Id, office.Id, "6:30pm", "7:30pm"));
        (await clash.Content.ReadAsStringAsync()).ShouldContain("The practitioner is already booked for a supervision appointment from 6pm to 7pm.");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_absence_cannot_be_unacceptable_when_the_notification_failed(DatabaseProvider provider)
    {
        var (app, staff, email, person, _) = await SetUpAsync(provider);
        var client = await app.SignInAsync(email);
        var failed = await app.Data.CreateAppointmentAsync(person, staff, DateTime.UtcNow.AddDays(-1), NotificationStatus.Failed);
        var form = new Dictionary<string, string> { ["Outcome"] = "DidNotAttend", ["Judgement"] = "Unacceptable", ["Reason"] = "NoExplanation" };
        var refused = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/{failed.Id}/outcome", form);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("This absence cannot be judged unacceptable.");
        html.ShouldContain("failed");
        await using (var db = app.Database.CreateContext())
        {
            (await db.Appointments.SingleAsync(a => a.Id == failed.Id)).Outcome.ShouldBeNull();
        }

        var told = await app.Data.CreateAppointmentAsync(person, staff, DateTime.UtcNow.AddDays(-2));
        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/{told.Id}/outcome", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var judged = await db.Appointments.SingleAsync(a => a.Id == told.Id);
            judged.AbsenceJudgement.ShouldBe(AbsenceJudgement.Unacceptable);
            (await db.Contacts.AnyAsync(c => c.PersonId == person.Id && c.Type == ContactType.AppointmentOutcome && c.Notes.Contains("unacceptable absence"))).ShouldBeTrue();
        }

        (await client.GetStringAsync($"/cases/{person.Crn}/appointments/{told.Id}")).ShouldContain("Record an enforcement decision");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unexplained_absence_opens_the_evidence_window_and_asks_the_person(DatabaseProvider provider)
    {
        var (app, staff, email, person, _) = await SetUpAsync(provider);
        var client = await app.SignInAsync(email);
        var missed = await app.Data.CreateAppointmentAsync(person, staff, DateTime.UtcNow.AddHours(-3));
        var form = new Dictionary<string, string> { ["Outcome"] = "DidNotAttend", ["Judgement"] = "AwaitingExplanation" };
        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/{missed.Id}/outcome", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = app.Database.CreateContext();
        var waiting = await db.Appointments.SingleAsync(a => a.Id == missed.Id);
        waiting.EvidenceDueOn.ShouldBe(WorkingDays.Add(UkClock.Today(missed.Start), 5));
        var ask = await db.OutboxMessages.SingleAsync(m => m.AppointmentId == missed.Id && m.Purpose == MessagePurpose.ExplainAbsence);
        ask.Body.ShouldContain("You did not come to your supervision appointment");

        // The person answers through the one-time link: the page shows only the appointment.
        var token = LinkPattern().Match(ask.Body).Groups[1].Value;
        var anonymous = app.CreateClient();
        var page = await anonymous.GetStringAsync($"/r/{token}");
        page.ShouldContain("Tell us why you missed it");
        page.ShouldNotContain("Booker");
        page.ShouldNotContain(person.Crn);
        var reply = await WaypointApp.PostFormAsync(anonymous, $"/r/{token}", new() { ["Answer"] = "explain", ["Message"] = "I was in hospital, I have a letter" });
        (await reply.Content.ReadAsStringAsync()).ShouldContain("Thank you");
        (await anonymous.GetAsync($"/r/{token}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await db.AppointmentReplies.SingleAsync(r => r.AppointmentId == missed.Id)).Text.ShouldBe("I was in hospital, I have a letter");
        (await client.GetStringAsync($"/cases/{person.Crn}/appointments/{missed.Id}")).ShouldContain("I was in hospital");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrators_one_off_holiday_and_a_persons_recorded_hours_are_warned_about(DatabaseProvider provider)
    {
        var (app, staff, email, person, office) = await SetUpAsync(provider);
        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Administrator));
        var day = FutureWorkingDay().AddDays(provider == DatabaseProvider.Sqlite ? 7 : 14);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        await using (var db = app.Database.CreateContext())
        {
            await db.ServiceHolidays.Where(h => h.Date == day).ExecuteDeleteAsync();
        }

        var added = await WaypointApp.PostFormAsync(admin, "/admin/service-holidays", new() { ["Date.Day"] = I(day.Day), ["Date.Month"] = I(day.Month), ["Date.Year"] = I(day.Year), ["Name"] = "Royal wedding" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync("/admin/service-holidays")).ShouldContain("Royal wedding");
        var bankHoliday = BankHolidays.For(day.Year + 1)[1]; // Good Friday
        var refused = await WaypointApp.PostFormAsync(admin, "/admin/service-holidays", new() { ["Date.Day"] = I(bankHoliday.Day), ["Date.Month"] = I(bankHoliday.Month), ["Date.Year"] = I(bankHoliday.Year), ["Name"] = "Good Friday" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("already a bank holiday by the standing rules");

        var client = await app.SignInAsync(email);
        var hours = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/commitments", new() { ["Kind"] = "Caring", ["Day"] = day.DayOfWeek.ToString(), ["From"] = "9am", ["To"] = "10:30", ["Description"] = "school run" });
        hours.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var warned = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book", BookingForm(day, staff.Id, office.Id));
        var html = await warned.Content.ReadAsStringAsync();
        html.ShouldContain("This is a holiday in the service&#x27;s own calendar.");
        html.ShouldContain($"The person has recorded caring responsibilities (school run) on {day.DayOfWeek}s from 9am to 10:30am.");
        await using (var db = app.Database.CreateContext())
        {
            (await db.Appointments.AnyAsync(a => a.PersonId == person.Id)).ShouldBeFalse();
            await db.ServiceHolidays.Where(h => h.Date == day).ExecuteDeleteAsync();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_sentence_puts_the_induction_on_the_diary_until_it_is_booked(DatabaseProvider provider)
    {
        var (app, staff, email, person, office) = await SetUpAsync(provider);
        var sentenced = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using (var db = app.Database.CreateContext())
        {
            await db.Sentences.Where(x => x.Event.PersonId == person.Id).ExecuteUpdateAsync(x => x.SetProperty(s => s.SentenceDate, sentenced));
            await CurrentSentenceSummaries.RefreshAsync(db, [person.Id]); // a bulk update bypasses the context, which keeps the person's copy
        }

        var client = await app.SignInAsync(email);
        var diary = await client.GetStringAsync("/diary");
        diary.ShouldContain("Inductions to book");
        diary.ShouldContain($"/cases/{person.Crn}/appointments/book?type=Induction");
        var due = InductionRule.DueBy(Domain.Sentencing.SentenceType.CommunityOrder, sentenced, null)!.Value;
        (await client.GetStringAsync($"/cases/{person.Crn}/appointments")).ShouldContain($"Induction not booked: due by {Words.Date(due)}");

        var form = BookingForm(FutureWorkingDay(), staff.Id, office.Id);
        form["Type"] = "Induction";
        form["OverrideReason"] = "Earliest the person can come";
        form["WarningsShown"] = "true";
        (await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/appointments/book?type=Induction", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/diary")).ShouldNotContain($"/cases/{person.Crn}/appointments/book?type=Induction");
        (await client.GetStringAsync($"/cases/{person.Crn}/appointments")).ShouldContain("after it was due");
    }

    [GeneratedRegex(@"/r/([A-Za-z0-9_\-]+)")]
    private static partial Regex LinkPattern();
}
