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
    public async Task An_auditor_finds_views_by_person_user_and_date_a_keyset_page_at_a_time(DatabaseProvider provider)
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
        first.QuerySelector(".govuk-pagination__prev").ShouldBeNull();
        var older = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        older.ShouldContain("before=");

        var second = Parser.ParseDocument(await auditor.GetStringAsync(older));
        second.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        second.QuerySelector(".govuk-pagination__next").ShouldBeNull();
        var newer = second.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href")!;
        newer.ShouldContain("after=");
        var backAgain = Parser.ParseDocument(await auditor.GetStringAsync(newer));
        backAgain.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ShouldBe(rows.Select(r => r.TextContent));
        backAgain.QuerySelector(".govuk-pagination__prev").ShouldBeNull();

        var tomorrow = today.AddDays(1);
        var none = await auditor.GetStringAsync($"/audit?crn={person.Crn}&From.Day={tomorrow.Day}&From.Month={tomorrow.Month}&From.Year={tomorrow.Year}");
        none.ShouldContain("No entries match");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Keyset_pages_neither_skip_nor_repeat_entries_recorded_at_the_same_instant(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync();
        var instant = new DateTime(2026, 3, 4, 10, 15, 30, DateTimeKind.Utc);
        await using (var db = app.Database.CreateContext())
        {
            for (var i = 0; i < 120; i++)
            {
                // 40 instants, three entries at each: ties that only the id can order.
                db.AuditEntries.Add(new Data.Entities.AuditEntry
                {
                    Id = Guid.NewGuid(), RecordedAt = instant.AddSeconds(-(i / 3)), Actor = "keyset-test", Action = Data.Entities.AuditAction.View,
                    PersonId = person.Id, Crn = person.Crn, EntityType = "Person", Details = $"entry {i}",
                });
            }

            await db.SaveChangesAsync();
        }

        var auditor = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Auditor));
        var seen = new List<string>();
        var link = $"/audit?crn={person.Crn}&user=keyset-test";
        var pages = 0;
        while (link is not null && pages++ < 10)
        {
            var page = Parser.ParseDocument(await auditor.GetStringAsync(link));
            seen.AddRange(page.QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()));
            link = page.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        }

        pages.ShouldBe(3);
        seen.Count.ShouldBe(120);
        seen.Distinct().Count().ShouldBe(120);
        seen.Select(row => int.Parse(System.Text.RegularExpressions.Regex.Match(row, @"entry (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / 3)
            .ShouldBeInOrder(); // newest instant first
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
