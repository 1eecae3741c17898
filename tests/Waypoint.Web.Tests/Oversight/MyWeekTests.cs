using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
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
    }
}
