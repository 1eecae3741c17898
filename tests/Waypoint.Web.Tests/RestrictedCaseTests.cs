using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>Limited-access cases: the excluded see only the CRN and "This case is restricted", everywhere, and every attempt is audited.</summary>
[Collection(AppsCollection.Name)]
public class RestrictedCaseTests(AppsFixture apps)
{
    private sealed record Arranged(WaypointApp App, Person Restricted, StaffMember Excluded, string ExcludedEmail, StaffMember Practitioner);

    private async Task<Arranged> ArrangeAsync(DatabaseProvider provider, CaseAccessListKind kind = CaseAccessListKind.Exclusion)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (practitioner, _) = await app.Data.CreateStaffAsync(team);
        var (excluded, excludedEmail) = await app.Data.CreateStaffAsync(team, firstName: "Neighbour");
        var surname = $"Hidden{Guid.NewGuid().ToString("N")[..8]}";
        var person = await app.Data.CreatePersonOnProbationAsync(practitioner, "Secret", surname);
        if (kind == CaseAccessListKind.Exclusion)
        {
            await app.Data.RestrictAsync(person, CaseAccessListKind.Exclusion, excluded);
        }
        else
        {
            await app.Data.RestrictAsync(person, CaseAccessListKind.Restriction, practitioner);
        }

        return new Arranged(app, person, excluded, excludedEmail, practitioner);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_route_that_takes_a_crn_refuses_the_excluded_user_and_audits_it(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider);
        var client = await a.App.SignInAsync(a.ExcludedEmail);

        // Allocation pages are for managers: an excluded senior probation officer of the same team tries those.
        var team = await a.App.Database.CreateContext().StaffMembers.Where(s => s.Id == a.Excluded.Id).Select(s => s.Team).SingleAsync();
        var (excludedManager, managerEmail) = await a.App.Data.CreateStaffAsync(team, Waypoint.Domain.Organisation.Grade.Spo, firstName: "Neighbouring");
        await a.App.Data.RestrictAsync(a.Restricted, CaseAccessListKind.Exclusion, excludedManager);
        var manager = await a.App.SignInAsync(managerEmail);
        var apiClient = a.App.CreateClient();
        apiClient.DefaultRequestHeaders.Authorization = new("Bearer", await a.App.Data.CreateApiClientAsync("people:read contacts:read contacts:write appointments:read appointments:write"));

        var routes = a.App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "crn"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().ToList();
        routes.Count.ShouldBeGreaterThanOrEqualTo(13);

        foreach (var (method, pattern) in routes)
        {
            var url = "/" + pattern.TrimStart('/').Replace("{crn}", a.Restricted.Crn);
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{[a-zA-Z]+:guid\\}", Guid.NewGuid().ToString());
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{[a-zA-Z]+:int\\}", "1");
            await using var before = a.App.Database.CreateContext();
            var denied = await before.AuditEntries.CountAsync(e => e.PersonId == a.Restricted.Id && e.Action == AuditAction.AccessDenied);

            HttpResponseMessage response;
            if (url.StartsWith("/api/", StringComparison.Ordinal))
            {
                response = method == "POST"
                    ? await apiClient.PostAsJsonAsync(url, new { type = "CaseNote", notes = "Trying" })
                    : await apiClient.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                (await response.Content.ReadAsStringAsync()).ShouldContain("This case is restricted");
            }
            else
            {
                var user = url.StartsWith("/allocations/", StringComparison.Ordinal) ? manager : client;
                response = method == "POST"
                    ? await user.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(user) }))
                    : await user.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
                var html = await response.Content.ReadAsStringAsync();
                html.ShouldContain("This case is restricted");
                html.ShouldContain(a.Restricted.Crn);
                html.ShouldNotContain(a.Restricted.LastName);
            }

            await using var after = a.App.Database.CreateContext();
            (await after.AuditEntries.CountAsync(e => e.PersonId == a.Restricted.Id && e.Action == AuditAction.AccessDenied)).ShouldBe(denied + 1, $"{method} {url} must audit the refusal");
        }
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        WaypointApp.TokenOf(await client.GetStringAsync("/search"))!;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_never_reveals_a_restricted_name(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider);
        var client = await a.App.SignInAsync(a.ExcludedEmail);
        (await client.GetStringAsync($"/search?q={a.Restricted.LastName}")).ShouldContain("No results");
        var byCrn = await client.GetStringAsync($"/search?q={a.Restricted.Crn}");
        byCrn.ShouldContain("This case is restricted");
        byCrn.ShouldNotContain(a.Restricted.LastName);
        (await client.GetStringAsync($"/search?q={Uri.EscapeDataString(a.Restricted.PncNumber!)}")).ShouldNotContain(a.Restricted.LastName);

        var allowed = await a.App.SignInAsync((await a.App.Data.CreateStaffAsync(await a.App.Data.CreateTeamAsync())).Email);
        (await allowed.GetStringAsync($"/search?q={a.Restricted.LastName}")).ShouldContain(a.Restricted.Crn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_link_never_reveals_a_restricted_person(DatabaseProvider provider)
    {
        var a = await ArrangeAsync(provider);
        var partner = await a.App.Data.CreatePersonOnProbationAsync(a.Practitioner, "Open", "Partner");
        await a.App.Data.LinkAsync(partner, a.Restricted, PersonLinkType.Partner);

        var excluded = await a.App.SignInAsync(a.ExcludedEmail);
        var html = await excluded.GetStringAsync($"/cases/{partner.Crn}");
        html.ShouldNotContain(a.Restricted.LastName);
        html.ShouldNotContain(a.Restricted.Crn);

        var colleague = await a.App.SignInAsync((await a.App.Data.CreateStaffAsync(await a.App.Data.CreateTeamAsync())).Email);
        (await colleague.GetStringAsync($"/cases/{partner.Crn}")).ShouldContain(a.Restricted.LastName);
    }

    [Fact]
    public async Task A_restriction_list_admits_only_the_named_and_lists_show_the_crn_only()
    {
        var a = await ArrangeAsync(DatabaseProvider.Sqlite, CaseAccessListKind.Restriction);
        await using var db = a.App.Database.CreateContext();
        var team = await db.Teams.AsNoTracking().SingleAsync(t => t.Id == a.Practitioner.TeamId);
        var (_, spoEmail) = await a.App.Data.CreateStaffAsync(team, Grade.Spo);
        var spo = await a.App.SignInAsync(spoEmail);

        var teamPage = await spo.GetStringAsync("/team");
        teamPage.ShouldContain(a.Restricted.Crn);
        teamPage.ShouldContain("Restricted case");
        teamPage.ShouldNotContain(a.Restricted.LastName);
        (await spo.GetAsync($"/cases/{a.Restricted.Crn}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var named = await a.App.SignInAsync((await db.Users.AsNoTracking().SingleAsync(u => u.StaffMemberId == a.Practitioner.Id)).UserName!);
        (await named.GetAsync($"/cases/{a.Restricted.Crn}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await named.GetStringAsync("/caseload")).ShouldContain(a.Restricted.LastName);
    }
}
