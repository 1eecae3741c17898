using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class PeopleApiTests(AppsFixture apps)
{
    private async Task<(WaypointApp App, HttpClient Client, Person Person)> ArrangeAsync(DatabaseProvider provider, string scopes = "people:read contacts:read contacts:write")
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, _) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me, "Api", "Subject", flags: [Domain.Sentencing.RegistrationType.Mappa], contacts: 25);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.Data.CreateApiClientAsync(scopes));
        return (app, client, person);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_is_returned_with_sentence_and_flags_and_the_read_is_audited(DatabaseProvider provider)
    {
        var (app, client, person) = await ArrangeAsync(provider);
        var response = await client.GetAsync($"/api/v1/people/{person.Crn}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("crn").GetString().ShouldBe(person.Crn);
        json.RootElement.GetProperty("sentences")[0].GetProperty("type").GetString().ShouldBe("CommunityOrder");
        json.RootElement.GetProperty("registrations")[0].GetProperty("description").GetString().ShouldBe("MAPPA category 2, level 1");

        await using var db = app.Database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.PersonId == person.Id && a.Action == AuditAction.View && a.Actor.StartsWith("api:"))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contacts_are_paged_newest_first(DatabaseProvider provider)
    {
        var (_, client, person) = await ArrangeAsync(provider);
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person.Crn}/contacts?page=2&pageSize=10");
        page.GetProperty("totalItems").GetInt32().ShouldBe(25);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(10);
        items[0].GetProperty("notes").GetString().ShouldBe("Contact 11");
        (await client.GetAsync($"/api/v1/people/{person.Crn}/contacts?pageSize=1000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync($"/api/v1/people/{person.Crn}/contacts?page=2147483647&pageSize=100")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync($"/api/v1/people/{person.Crn}/contacts?page=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_contact_can_be_recorded_and_is_audited(DatabaseProvider provider)
    {
        var (app, client, person) = await ArrangeAsync(provider);
        var response = await client.PostAsJsonAsync($"/api/v1/people/{person.Crn}/contacts", new { type = "PhoneCall", notes = "Called from the approved premises.", isSensitive = false });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldStartWith($"/api/v1/people/{person.Crn}/contacts/");
        await using var db = app.Database.CreateContext();
        var contact = await db.Contacts.SingleAsync(c => c.PersonId == person.Id && c.Notes == "Called from the approved premises.");
        contact.RecordedByClient.ShouldNotBeNull();
        (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Contact) && a.Action == AuditAction.Create && a.Actor.StartsWith("api:") && a.PersonId == person.Id)).ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"type\":\"Teleport\",\"notes\":\"x\"}", "type")]
    [InlineData("{\"type\":\"CaseNote\",\"notes\":\"\"}", "notes")]
    [InlineData("{\"type\":\"CaseNote\",\"notes\":\"x\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}", "occurredAt")]
    public async Task Invalid_contacts_get_a_validation_problem_and_save_nothing(string body, string field)
    {
        var (app, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await client.PostAsync($"/api/v1/people/{person.Crn}/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        await using var db = app.Database.CreateContext();
        (await db.Contacts.CountAsync(c => c.PersonId == person.Id)).ShouldBe(25);
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request_not_a_crash()
    {
        var (_, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await client.PostAsync($"/api/v1/people/{person.Crn}/contacts", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("X999999", HttpStatusCode.NotFound)]
    [InlineData("bad", HttpStatusCode.BadRequest)]
    public async Task Unknown_and_malformed_crns_are_problem_responses(string crn, HttpStatusCode expected)
    {
        var (_, client, _) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await client.GetAsync($"/api/v1/people/{crn}");
        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task No_key_wrong_key_and_missing_scope_are_refused()
    {
        var (app, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite, scopes: "people:read");
        var anonymous = app.CreateClient();
        (await anonymous.GetAsync($"/api/v1/people/{person.Crn}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "wp_nobody_secret");
        (await anonymous.GetAsync($"/api/v1/people/{person.Crn}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var forbidden = await client.GetAsync($"/api/v1/people/{person.Crn}/contacts");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_signed_in_browser_session_is_not_an_api_credential()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        var browser = await app.SignInAsync(email);
        (await browser.GetAsync($"/api/v1/people/{person.Crn}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_operations()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/v1/people/{crn}", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/people/{crn}/contacts").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/people/{crn}/appointments").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/appointments/{id}").TryGetProperty("put", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/appointments/{id}/outcome").TryGetProperty("post", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/notify/delivery-receipts", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/notify/received-text-messages", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Health_answers_when_the_database_is_reachable()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        (await app.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Liveness_answers_without_the_database_and_readiness_does_not()
    {
        await using var factory = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseTestDatabase(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");
            builder.UseSetting("Database:MigrateOnStart", "false");
        });
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
