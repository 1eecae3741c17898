using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Domain.Organisation;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class AuthorizationTests(AppsFixture apps)
{
    [Fact]
    public async Task Every_endpoint_names_a_policy_or_is_explicitly_anonymous()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(15);
        var unprotected = endpoints.Where(e =>
                e.Metadata.GetMetadata<IAllowAnonymous>() is null &&
                !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.RoutePattern.RawText).ToList();
        unprotected.ShouldBeEmpty();
    }

    [Fact]
    public async Task Signed_out_users_are_sent_to_sign_in()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync("/caseload");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    public static IEnumerable<object[]> RolePages() =>
    [
        ["/caseload", Roles.Practitioner, true], ["/caseload", Roles.SeniorProbationOfficer, false], ["/caseload", Roles.Auditor, false],
        ["/team", Roles.SeniorProbationOfficer, true], ["/team", Roles.HeadOfPdu, true], ["/team", Roles.Practitioner, false], ["/team", Roles.Auditor, false],
        ["/team/overview", Roles.SeniorProbationOfficer, true], ["/team/overview", Roles.HeadOfPdu, true], ["/team/overview", Roles.Practitioner, false],
        ["/oversight/workforce", Roles.HeadOfPdu, true], ["/oversight/workforce", Roles.SeniorProbationOfficer, false], ["/oversight/workforce", Roles.Practitioner, false],
        ["/search", Roles.Practitioner, true], ["/search", Roles.Administrator, true], ["/search", Roles.Auditor, false],
        ["/audit", Roles.Auditor, true], ["/audit", Roles.Practitioner, false], ["/audit", Roles.Administrator, false], ["/audit", Roles.SeniorProbationOfficer, false],
    ];

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task Each_role_reaches_only_its_pages(string path, string role, bool allowed)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = await app.SignInAsync(await AccountForRoleAsync(app, role));
        var response = await client.GetAsync(path);
        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/access-denied");
            (await client.GetAsync(response.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task An_auditor_cannot_open_a_case_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var person = await app.Data.CreatePersonOnProbationAsync();
        var client = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Auditor));
        var response = await client.GetAsync($"/cases/{person.Crn}");
        response.Headers.Location!.ToString().ShouldContain("/access-denied");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (_, email) = await app.Data.CreateStaffAsync(team);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await WaypointApp.PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = "not-the-password" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var locked = await WaypointApp.PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = TestData.TestData.Password });
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("Your account is locked");
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_the_session_cookie_is_http_only()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (_, email) = await app.Data.CreateStaffAsync(team);
        var client = app.CreateClient();
        var signIn = await WaypointApp.PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = TestData.TestData.Password });
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("waypoint.session", StringComparison.Ordinal)).ShouldContain("httponly", Case.Insensitive);
        var page = await client.GetAsync("/sign-in");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        page.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        page.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        page.Headers.CacheControl!.NoStore.ShouldBeTrue("pages may hold personal data");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_rejected()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@y.z", ["Password"] = "p" }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    internal static async Task<string> AccountForRoleAsync(WaypointApp app, string role)
    {
        if (role == Roles.Auditor)
        {
            return await app.Data.CreateAccountAsync(Roles.Auditor);
        }

        var grade = role switch
        {
            Roles.SeniorProbationOfficer => Grade.Spo,
            Roles.HeadOfPdu => Grade.HeadOfPdu,
            Roles.Administrator => Grade.Administrator,
            _ => Grade.Po,
        };
        var team = await app.Data.CreateTeamAsync();
        return (await app.Data.CreateStaffAsync(team, grade)).Email;
    }
}

[Collection(AppsCollection.Name)]
public class SignOutTests(AppsFixture apps)
{
    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = await app.SignInAsync(await AuthorizationTests.AccountForRoleAsync(app, Roles.Practitioner));
        (await client.GetAsync("/caseload")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var signOut = await WaypointApp.PostFormAsync(client, "/sign-out", []);
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.Headers.Location!.ToString().ShouldBe("/sign-in");
        (await client.GetAsync("/caseload")).Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    [Fact]
    public async Task Sign_in_attempts_are_audited_under_the_name_typed()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var email = await AuthorizationTests.AccountForRoleAsync(app, Roles.Practitioner);
        await WaypointApp.PostFormAsync(app.CreateClient(), "/sign-in", new() { ["Email"] = email, ["Password"] = "wrong-password" });
        await app.SignInAsync(email);
        await using var db = app.Database.CreateContext();
        var entries = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.AuditEntries.Where(a => a.Actor == email));
        entries.Select(e => e.Action).ShouldBe([Data.Entities.AuditAction.SignInFailed, Data.Entities.AuditAction.SignIn], ignoreOrder: true);
    }
}

[Collection(AppsCollection.Name)]
public class InactiveStaffTests(AppsFixture apps)
{
    [Fact]
    public async Task Staff_marked_inactive_cannot_sign_in()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (staff, email) = await app.Data.CreateStaffAsync(team);
        await using (var db = app.Database.CreateContext())
        {
            var tracked = await db.StaffMembers.FindAsync(staff.Id);
            tracked!.IsActive = false;
            await db.SaveChangesAsync();
        }

        var response = await WaypointApp.PostFormAsync(app.CreateClient(), "/sign-in", new() { ["Email"] = email, ["Password"] = TestData.TestData.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your account is not active");
    }
}
