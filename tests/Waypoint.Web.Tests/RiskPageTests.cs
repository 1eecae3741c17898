using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class RiskPageTests(AppsFixture apps)
{
    private async Task<(WaypointApp App, HttpClient Client, Person Person)> ArrangeAsync(DatabaseProvider provider, int? sanctions)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        await using (var db = app.Database.CreateContext())
        {
            // The worked example in ogrs3.md, as a record: male, born 7 Dec 1965, convicted 13 May 2025, community
            // sentence starting follow-up on 6 Dec 2026, 2 sanctions, first at 47, offence 027/00.
            var p = await db.People.SingleAsync(x => x.Id == person.Id);
            p.DateOfBirth = new DateOnly(1965, 12, 7);
            p.TotalSanctions = sanctions;
            p.AgeAtFirstSanction = 47;
            var ev = await db.Events.Include(e => e.Offences).Include(e => e.Sentence).SingleAsync(e => e.PersonId == person.Id);
            ev.ConvictionDate = new DateOnly(2025, 5, 13);
            ev.Sentence!.SentenceDate = new DateOnly(2026, 12, 6);
            ev.Offences[0].OffenceCode = "02700";
            await db.SaveChangesAsync();
        }

        return (app, await app.SignInAsync(email), person);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OGRS3_is_calculated_from_the_record_with_its_reasons(DatabaseProvider provider)
    {
        var (app, client, person) = await ArrangeAsync(provider, 2);
        var html = await client.GetStringAsync($"/cases/{person.Crn}/risk");
        html.ShouldContain("<dd class=\"govuk-summary-list__value\">8%</dd>");
        html.ShouldContain("<dd class=\"govuk-summary-list__value\">16%</dd>");
        html.ShouldContain(">Low</strong>");
        html.ShouldContain("Offence group: Soliciting or prostitution");
        html.ShouldContain("0.761"); // the offence group's contribution, +0.7606

        await using var db = app.Database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.PersonId == person.Id && a.Action == AuditAction.View && a.Details == "Risk and predictors")).ShouldBe(1);
    }

    [Fact]
    public async Task Missing_record_facts_are_named_instead_of_a_guess()
    {
        var (_, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite, null);
        var html = await client.GetStringAsync($"/cases/{person.Crn}/risk");
        html.ShouldContain("OGRS3 cannot be calculated from the record yet");
        html.ShouldContain("Missing from the record: total number of sanctions.");
        html.ShouldNotContain("Within 2 years");
    }
}
