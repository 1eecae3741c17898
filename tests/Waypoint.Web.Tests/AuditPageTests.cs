using System.Net;
using AngleSharp.Html.Parser;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class AuditPageTests(AppsFixture apps)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_auditor_finds_views_by_person_user_and_date_page_by_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        var practitioner = await app.SignInAsync(email);
        for (var i = 0; i < 55; i++)
        {
            (await practitioner.GetAsync($"/cases/{person.Crn}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var auditor = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Auditor));
        var today = DateTime.UtcNow;
        var query = $"/audit?crn={person.Crn.ToLowerInvariant()}&user={Uri.EscapeDataString(email)}&From.Day={today.Day}&From.Month={today.Month}&From.Year={today.Year}";
        var first = Parser.ParseDocument(await auditor.GetStringAsync(query));
        var rows = first.QuerySelectorAll("tbody tr");
        rows.Length.ShouldBe(50);
        rows.ShouldAllBe(r => r.TextContent.Contains("Viewed case record") && r.TextContent.Contains(person.Crn));
        first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!.ShouldContain("page=2");

        var second = Parser.ParseDocument(await auditor.GetStringAsync(query + "&page=2"));
        second.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        second.QuerySelector(".govuk-pagination__prev").ShouldNotBeNull();

        var tomorrow = today.AddDays(1);
        var none = await auditor.GetStringAsync($"/audit?crn={person.Crn}&From.Day={tomorrow.Day}&From.Month={tomorrow.Month}&From.Year={tomorrow.Year}");
        none.ShouldContain("No entries match");
    }

    [Theory]
    [InlineData("/audit?crn=12345", "Enter a CRN in the correct format")]
    [InlineData("/audit?From.Day=31&From.Month=2&From.Year=2026", "must be a real date")]
    [InlineData("/audit?From.Day=2&From.Month=2&From.Year=2026&To.Day=1&To.Month=2&To.Year=2026", "The to date must be the same as or after the from date")]
    public async Task Bad_search_terms_are_explained(string url, string message)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var auditor = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Auditor));
        var html = await auditor.GetStringAsync(url);
        html.ShouldContain("There is a problem");
        html.ShouldContain(message);
    }
}
