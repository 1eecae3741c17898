using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class PersonalDetailsTests(AppsFixture apps)
{
    private static Dictionary<string, string> Form(Person p, int version, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.FirstName"] = p.FirstName, ["Input.LastName"] = p.LastName,
            ["Input.DateOfBirth.Day"] = p.DateOfBirth.Day.ToString(), ["Input.DateOfBirth.Month"] = p.DateOfBirth.Month.ToString(), ["Input.DateOfBirth.Year"] = p.DateOfBirth.Year.ToString(),
            ["Input.Gender"] = p.Gender.ToString(), ["Input.Ethnicity"] = p.Ethnicity.ToString(), ["Input.PreferredContactMethod"] = p.PreferredContactMethod.ToString(),
            ["Input.Phone"] = p.Phone ?? "", ["Input.PncNumber"] = p.PncNumber ?? "", ["Input.Version"] = version.ToString(), ["Input.InterpreterRequired"] = "false",
        };
        change?.Invoke(form);
        return form;
    }

    private async Task<(WaypointApp App, HttpClient Client, Person Person)> ArrangeAsync(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me, "Dan", "Okafor");
        return (app, await app.SignInAsync(email), person);
    }

    private static string EditUrl(Person p) => $"/cases/{p.Crn}/personal-details/edit";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Valid_details_are_saved_and_audited_with_before_and_after(DatabaseProvider provider)
    {
        var (app, client, person) = await ArrangeAsync(provider);
        var response = await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => { f["Input.FirstName"] = "Daniel"; f["Input.PncNumber"] = ""; }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.Database.CreateContext();
        var saved = await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id);
        saved.FirstName.ShouldBe("Daniel");
        saved.SearchFirstName.ShouldBe("DANIEL");
        saved.PncNumber.ShouldBeNull();
        saved.Version.ShouldBe(1);
        var audit = await db.AuditEntries.SingleAsync(a => a.PersonId == person.Id && a.Action == AuditAction.Update);
        audit.Details!.ShouldContain("\"FirstName\":{\"before\":\"Dan\",\"after\":\"Daniel\"}");

        var history = await client.GetStringAsync($"/cases/{person.Crn}/history");
        history.ShouldContain("Changed personal details");
        history.ShouldContain("Daniel");
    }

    public static IEnumerable<object[]> BadInput() =>
    [
        ["Input.FirstName", "", "Enter a first name"],
        ["Input.LastName", new string('x', 101), "Last name must be 100 characters or fewer"],
        ["Input.DateOfBirth.Month", "13", "Date of birth must be a real date"],
        ["Input.DateOfBirth.Day", "", "Date of birth must include a day"],
        ["Input.DateOfBirth.Year", "2999", "Date of birth must be in the past"],
        ["Input.PncNumber", "2004/0046583Q", "Enter a PNC number in the correct format"],
        ["Input.Ethnicity", "Martian", "Select an ethnic group"],
        ["Input.Gender", "99", "Select a gender"],
        ["Input.Email", "not-an-email", "Enter an email address in the correct format"],
        ["Input.Phone", "", "Enter a phone number, or choose another way to contact the person"],
    ];

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_clear_message_and_saves_nothing(string field, string value, string message)
    {
        var (app, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => { f["Input.FirstName"] = "Changed"; if (field == "Input.FirstName") f[field] = value; else f[field] = value; }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain(message);
        html.ShouldContain("<title>Error: ");
        await using var db = app.Database.CreateContext();
        (await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id)).FirstName.ShouldBe("Dan");
    }

    [Fact]
    public async Task A_tampered_checkbox_is_a_bad_request_and_saves_nothing()
    {
        var (app, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => { f["Input.FirstName"] = "Changed"; f["Input.InterpreterRequired"] = "maybe"; }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = app.Database.CreateContext();
        (await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id)).FirstName.ShouldBe("Dan");
    }

    [Fact]
    public async Task A_tampered_version_is_a_bad_request_not_a_crash()
    {
        var (_, client, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var response = await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => f["Input.Version"] = "abc"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task If_someone_else_saved_first_the_user_is_told_and_nothing_is_overwritten(DatabaseProvider provider)
    {
        var (app, client, person) = await ArrangeAsync(provider);
        (await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => f["Input.Phone"] = "07700 900111"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await WaypointApp.PostFormAsync(client, EditUrl(person), Form(person, 0, f => f["Input.Phone"] = "07700 900222"));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed these details while you were editing");

        await using var db = app.Database.CreateContext();
        (await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id)).Phone.ShouldBe("07700 900111");
    }

    [Fact]
    public async Task A_practitioner_in_another_team_may_view_but_not_change()
    {
        var (app, _, person) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var otherTeam = await app.Data.CreateTeamAsync();
        var (_, otherEmail) = await app.Data.CreateStaffAsync(otherTeam);
        var other = await app.SignInAsync(otherEmail);
        (await other.GetAsync($"/cases/{person.Crn}/personal-details")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await other.GetAsync(EditUrl(person))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await WaypointApp.PostFormAsync(other, EditUrl(person), Form(person, 0, f => f["Input.FirstName"] = "Hacked"), formPage: $"/cases/{person.Crn}/personal-details");
        response.Headers.Location!.ToString().ShouldContain("/access-denied");
        await using var db = app.Database.CreateContext();
        (await db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id)).FirstName.ShouldBe("Dan");
    }
}
