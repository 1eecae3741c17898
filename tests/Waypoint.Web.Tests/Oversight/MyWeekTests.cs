using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Oversight;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Web.Tests.Oversight;

[Collection(AppsCollection.Name)]
public class MyWeekTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task My_week_is_computed_from_the_record_and_items_go_when_done(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, email) = await app.Data.CreateStaffAsync(team);
        var unseen = await app.Data.CreatePersonOnProbationAsync(po, "Una", "Unseen", contacts: 0);
        var ending = await app.Data.CreatePersonOnProbationAsync(po, "Eddie", "Ending", flags: [RegistrationType.DomesticAbusePerpetrator], contacts: 1);
        var missed = await app.Data.CreateAppointmentAsync(ending, po, DateTime.UtcNow.AddDays(-1));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = app.Database.CreateContext())
        {
            await db.Sentences.Where(s => s.Event.PersonId == ending.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpectedEndDate, today.AddDays(10)));
            await CurrentSentenceSummaries.RefreshAsync(db, [ending.Id]); // a bulk update bypasses the context, which keeps the person's copy
            await db.Requirements.Where(r => db.Sentences.Any(x => x.Id == r.SentenceId && x.Event.PersonId == ending.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.EndDate, today.AddDays(20)));
            await db.Registrations.Where(r => r.PersonId == ending.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.NextReviewDate, today.AddDays(5)));
        }

        var client = await app.SignInAsync(email);
        var home = await client.GetAsync("/");
        home.Headers.Location!.ToString().ShouldBe("/week");
        var week = await client.GetStringAsync("/week");
        week.ShouldContain("People to see this week");
        week.ShouldContain($"Una Unseen ({unseen.Crn})</a>: Overdue:");
        week.ShouldContain("Outcomes to record (1)");
        week.ShouldContain($"/cases/{ending.Crn}/appointments/{missed.Id}/outcome");
        week.ShouldContain("Risk flag review: Domestic abuse perpetrator");
        week.ShouldContain("Sentence ends");
        week.ShouldContain("Unpaid work must be finished");

        (await WaypointApp.PostFormAsync(client, $"/cases/{ending.Crn}/appointments/{missed.Id}/outcome", new() { ["Outcome"] = "AttendedComplied" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/week")).ShouldNotContain("Outcomes to record");

        // Seen from a Monday morning: Wednesday's appointments are later this week (the one nobody was told about is flagged), next Monday's are not.
        var monday = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
        var mondayMorning = Domain.Appointments.UkClock.ToUtc(monday, new TimeOnly(8, 0));
        var wednesday = Domain.Appointments.UkClock.ToUtc(monday.AddDays(2), new TimeOnly(10, 0));
        await app.Data.CreateAppointmentAsync(unseen, po, wednesday);
        var untold = await app.Data.CreateAppointmentAsync(ending, po, wednesday.AddHours(2), told: null);
        await app.Data.CreateAppointmentAsync(unseen, po, wednesday.AddDays(5));
        await using (var db = app.Database.CreateContext())
        {
            var later = (await PractitionerWeek.ReadAsync(db, po.Id, mondayMorning, CancellationToken.None)).Where(i => i.Section == WeekSection.LaterThisWeek).ToList();
            later.Count.ShouldBe(2);
            later.Single(i => i.Urgent).Href.ShouldBe($"/cases/{ending.Crn}/appointments/{untold.Id}");
            later.Single(i => i.Urgent).What.ShouldContain("the person has not been told");
        }
    }
}

[Collection(AppsCollection.Name)]
public class ManagementOversightTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_managers_direction_is_on_the_timeline_and_the_practitioners_week_until_done(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, poEmail) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Domain.Organisation.Grade.Spo, firstName: "Manager");
        var person = await app.Data.CreatePersonOnProbationAsync(po, "Olu", "Overseen");
        var spo = await app.SignInAsync(spoEmail);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var missing = await WaypointApp.PostFormAsync(spo, $"/cases/{person.Crn}/oversight", new() { ["Reviewed"] = "Risk plan" });
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Enter the direction you gave");
        (await WaypointApp.PostFormAsync(spo, $"/cases/{person.Crn}/oversight", new()
        {
            ["Reviewed"] = "The risk management plan after the police call-out.", ["Direction"] = "Make a home visit with a colleague and update the plan.",
            ["DueOn.Day"] = due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), ["DueOn.Month"] = due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DueOn.Year"] = due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var practitioner = await app.SignInAsync(poEmail);
        (await practitioner.GetStringAsync("/week")).ShouldContain("Direction from Manager Tester: Make a home visit with a colleague");
        (await practitioner.GetStringAsync($"/cases/{person.Crn}/contacts")).ShouldContain("Management oversight by Manager Tester");
        var practitionerCannotAdd = await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/oversight", new() { ["Reviewed"] = "x", ["Direction"] = "y" });
        practitionerCannotAdd.Headers.Location!.ToString().ShouldContain("/access-denied");

        int id;
        await using (var db = app.Database.CreateContext())
        {
            id = await db.ManagementOversights.Where(o => o.PersonId == person.Id).Select(o => o.Id).SingleAsync();
        }

        (await WaypointApp.PostFormAsync(practitioner, $"/cases/{person.Crn}/oversight?handler=Complete", new() { ["EntryId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CompletionNote"] = "Visited on Tuesday with Sam; plan updated." }, $"/cases/{person.Crn}/oversight"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await practitioner.GetStringAsync("/week")).ShouldNotContain("Direction from Manager Tester");
        (await practitioner.GetStringAsync($"/cases/{person.Crn}/oversight")).ShouldContain("Visited on Tuesday with Sam; plan updated.");
    }
}
