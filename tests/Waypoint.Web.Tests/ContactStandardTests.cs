using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class ContactStandardPageTests(AppsFixture apps)
{
    private static Dictionary<string, string> Version(DateOnly from, string tierA = "7")
    {
        var fields = new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = from.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveFrom.Month"] = from.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveFrom.Year"] = from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WeeklyWeeks"] = "6",
        };
        foreach (var (tier, weeks) in new[] { ("A", tierA), ("B", "14"), ("C", "21"), ("D", "28"), ("E", "42"), ("F", "42"), ("G", "56") })
        {
            fields[$"Intervals[{tier}]"] = weeks;
            fields[$"Kinds[{tier}]"] = tier == "A" ? "HomeVisit" : "Office";
        }

        return fields;
    }

    [Fact]
    public async Task An_administrator_adds_a_version_from_a_future_date_and_earlier_versions_are_kept()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Administrator));
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30 + Random.Shared.Next(3000));
        var saved = await WaypointApp.PostFormAsync(admin, "/admin/contact-standard", Version(from, "3"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var rows = await db.ContactStandardEntries.Where(e => e.EffectiveFrom == from).ToListAsync();
            rows.Count.ShouldBe(7);
            rows.Single(r => r.Tier == "A").IntervalDays.ShouldBe(3);
            rows.Single(r => r.Tier == "A").WeeklyWeeksAfterStart.ShouldBe(6);
        }

        var page = await admin.GetStringAsync("/admin/contact-standard");
        page.ShouldContain("Future");
        page.ShouldContain("In force");

        var again = await WaypointApp.PostFormAsync(admin, "/admin/contact-standard", Version(from));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("A version already takes effect on that date");
    }

    [Fact]
    public async Task Past_dates_and_impossible_intervals_are_refused_with_messages()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Administrator));
        var response = await WaypointApp.PostFormAsync(admin, "/admin/contact-standard", Version(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), "0.5"));
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("must be today or in the future");
        html.ShouldContain("Tier A: enter the days between contacts as a whole number from 1 to 182");
    }

    [Fact]
    public async Task Only_administrators_configure_the_contact_standard()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (_, email) = await app.Data.CreateStaffAsync(team);
        var practitioner = await app.SignInAsync(email);
        var response = await practitioner.GetAsync("/admin/contact-standard");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("access-denied");
    }
}
