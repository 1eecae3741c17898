using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class ReferralTests(AppsFixture apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_referral_is_recorded_progressed_and_counted_without_overwriting_a_colleagues_update(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (po, email) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Domain.Organisation.Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(po, "Rhian", "Referred");
        var client = await app.SignInAsync(email);
        var url = $"/cases/{person.Crn}/referrals";
        var today = DateOnly.FromDateTime(Waypoint.Web.Infrastructure.Display.ToUk(DateTime.UtcNow));
        Dictionary<string, string> On(DateOnly d, Dictionary<string, string> fields)
        {
            fields["ReferredOn.Day"] = d.Day.ToString(CultureInfo.InvariantCulture);
            fields["ReferredOn.Month"] = d.Month.ToString(CultureInfo.InvariantCulture);
            fields["ReferredOn.Year"] = d.Year.ToString(CultureInfo.InvariantCulture);
            return fields;
        }

        var missing = await WaypointApp.PostFormAsync(client, url, On(today.AddDays(1), new() { ["Reason"] = "" }));
        var missingHtml = await missing.Content.ReadAsStringAsync();
        missingHtml.ShouldContain("Select the service you are referring to");
        missingHtml.ShouldContain("Enter why you are referring");
        missingHtml.ShouldContain("The date of the referral must be today or in the past");

        (await WaypointApp.PostFormAsync(client, url, On(today, new() { ["Service"] = "Accommodation", ["Provider"] = "City housing advice", ["Reason"] = "Staying with a cousin until Friday." })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(url);
        page.ShouldContain("City housing advice");
        page.ShouldContain("Referral made");
        (await client.GetStringAsync($"/cases/{person.Crn}/contacts")).ShouldContain("Referred to accommodation (City housing advice)");

        Referral referral;
        await using (var db = app.Database.CreateContext())
        {
            referral = await db.Referrals.SingleAsync(r => r.PersonId == person.Id);
        }

        var id = referral.Id.ToString(CultureInfo.InvariantCulture);
        var version = referral.Version.ToString(CultureInfo.InvariantCulture);
        var endedWithoutNote = await WaypointApp.PostFormAsync(client, url + "?handler=Progress", new() { ["ReferralId"] = id, ["ReferralVersion"] = version, ["Status"] = "Completed" }, url);
        (await endedWithoutNote.Content.ReadAsStringAsync()).ShouldContain("Enter what came of the referral");
        (await WaypointApp.PostFormAsync(client, url + "?handler=Progress", new() { ["ReferralId"] = id, ["ReferralVersion"] = version, ["Status"] = "Accepted" }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A colleague's form, loaded before that update, still carries the old version: refused, not overwritten.
        var manager = await app.SignInAsync(spoEmail);
        var stale = await WaypointApp.PostFormAsync(manager, url + "?handler=Progress", new() { ["ReferralId"] = id, ["ReferralVersion"] = version, ["Status"] = "Withdrawn", ["Outcome"] = "No longer needed" }, url);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else updated this referral at the same time");
        await using (var db = app.Database.CreateContext())
        {
            (await db.Referrals.SingleAsync(r => r.Id == referral.Id)).Status.ShouldBe(ReferralStatus.Accepted);
        }

        var equality = await manager.GetStringAsync("/oversight/equality?area=Team&measure=Referrals&dimension=Ethnicity");
        equality.ShouldContain("1 person supervised in the area; fewer than 10 with the outcome in the period");
        (await manager.GetStringAsync($"/cases/{person.Crn}/chronology")).ShouldContain("Referral to accommodation: accepted by the service");
    }
}
