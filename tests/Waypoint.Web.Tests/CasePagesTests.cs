using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;
using Waypoint.Web.Infrastructure.Cases;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class CasePagesTests(AppsFixture apps)
{
    private static readonly HtmlParser Parser = new();

    private async Task<(WaypointApp App, StaffMember Practitioner, HttpClient Client)> PractitionerAsync(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (practitioner, email) = await app.Data.CreateStaffAsync(team);
        return (app, practitioner, await app.SignInAsync(email));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task My_caseload_lists_my_people_sorted_and_filtered_by_query(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        await app.Data.CreatePersonOnProbationAsync(me, "Zoe", "Adams", flags: [RegistrationType.RiskToStaff]);
        await app.Data.CreatePersonOnProbationAsync(me, "Yan", "Brown", SentenceType.CustodyWithLicence);
        await app.Data.CreatePersonOnProbationAsync(me, "Xia", "Clark");
        await app.Data.CreatePersonOnProbationAsync(firstName: "Not", lastName: "Mine");

        var html = await client.GetStringAsync("/caseload?sort=name&dir=desc");
        var names = Parser.ParseDocument(html).QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        names.ShouldBe(["Clark, Xia", "Brown, Yan", "Adams, Zoe"]);
        // Each row shows its own current sentence (read for the page's people after the rows).
        var rows = Parser.ParseDocument(html).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        rows[0].ShouldContain("Community order");
        rows[1].ShouldContain("Licence");
        rows[1].ShouldNotContain("Community order");
        var bySentence = await client.GetStringAsync("/caseload?sort=sentence&dir=desc");
        Parser.ParseDocument(bySentence).QuerySelectorAll("tbody tr td:first-child a").First().TextContent.ShouldBe("Brown, Yan");

        var flagged = await client.GetStringAsync("/caseload?flag=RiskToStaff");
        flagged.ShouldContain("Adams, Zoe");
        flagged.ShouldNotContain("Clark, Xia");
        flagged.ShouldContain("Risk to staff");

        var licences = await client.GetStringAsync("/caseload?type=CustodyWithLicence");
        Parser.ParseDocument(licences).QuerySelectorAll("tbody tr").Length.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_overview_shows_the_sentence_progress_and_flags_in_words_and_the_view_is_audited(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me, flags: [RegistrationType.Mappa]);

        var response = await client.GetAsync($"/cases/{person.Crn}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("62 of 150 unpaid work hours");
        html.ShouldContain("Theft from a shop (04600)", customMessage: "the main offence is matched to its sentence");
        html.ShouldContain("MAPPA category 2, level 1");
        html.ShouldContain(me.FullName);
        (await client.GetStringAsync($"/cases/{person.Crn}/sentence")).ShouldContain("Theft from a shop");

        await using var db = app.Database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.PersonId == person.Id && a.Action == AuditAction.View && a.Details == "Case overview")).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_earlier_order_shows_on_the_sentence_page_as_ended_with_its_date_and_not_on_the_overview(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        await using (var db = app.Database.CreateContext())
        {
            var earlier = new ConvictionEvent { PersonId = person.Id, EventNumber = 9, Court = "Bolton Crown Court", ConvictionDate = new(2019, 1, 10), IsActive = false };
            earlier.Offences.Add(new Offence { OffenceCode = "10501", Description = "Common assault", IsMain = true });
            earlier.Sentence = new Sentence
            {
                Type = SentenceType.CommunityOrder, SentenceDate = new(2019, 2, 1), LengthMonths = 12, StartDate = new(2019, 2, 1),
                ExpectedEndDate = new(2020, 2, 1), TerminatedOn = new(2019, 12, 20),
            };
            db.Events.Add(earlier);
            await db.SaveChangesAsync();
        }

        var page = Parser.ParseDocument(await client.GetStringAsync($"/cases/{person.Crn}/sentence"));
        var heading = page.QuerySelectorAll("h2").Single(h => h.TextContent.StartsWith("Event 9", StringComparison.Ordinal));
        heading.TextContent.ShouldBe("Event 9: Community order (ended)");
        var ended = page.QuerySelectorAll(".govuk-summary-list__row").Where(r => r.QuerySelector("dt")!.TextContent.Trim() == "Ended").ToList();
        ended.Count.ShouldBe(1, "only the earlier order has ended");
        ended[0].QuerySelector("dd")!.TextContent.Trim().ShouldBe("20 December 2019");

        var overview = await client.GetStringAsync($"/cases/{person.Crn}");
        overview.ShouldContain("62 of 150 unpaid work hours");
        overview.ShouldNotContain("Common assault");
    }

    [Theory]
    [InlineData("/cases/{0}")]
    [InlineData("/cases/{0}/risk-flags")]
    public async Task Visor_notes_are_shown_only_to_staff_with_current_sc_vetting(string pattern)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (vetted, vettedEmail) = await app.Data.CreateStaffAsync(team, vetting: Domain.Organisation.VettingLevel.SecurityCheck);
        var (_, unvettedEmail) = await app.Data.CreateStaffAsync(team, vetting: Domain.Organisation.VettingLevel.CounterTerrorismCheck);
        var person = await app.Data.CreatePersonOnProbationAsync(vetted, flags: [RegistrationType.VisorRecord, RegistrationType.RiskToStaff]);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, person.Crn);

        var seen = await (await app.SignInAsync(vettedEmail)).GetStringAsync(url);
        seen.ShouldContain("VisorRecord notes");
        seen.ShouldContain("RiskToStaff notes");

        var withheld = await (await app.SignInAsync(unvettedEmail)).GetStringAsync(url);
        withheld.ShouldNotContain("VisorRecord notes");
        withheld.ShouldContain("Withheld: ViSOR details");
        withheld.ShouldContain("RiskToStaff notes", customMessage: "other flags' notes are not affected");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_case_tab_renders(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me, flags: [RegistrationType.DomesticAbusePerpetrator], contacts: 3);
        foreach (var tab in new[] { "", "/personal-details", "/sentence", "/contacts", "/risk-flags", "/history", "/personal-details/edit", "/contacts/add" })
        {
            var response = await client.GetAsync($"/cases/{person.Crn}{tab}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"tab {tab}");
        }
    }

    [Theory]
    [InlineData("/cases/X999999")]
    [InlineData("/cases/not-a-crn")]
    [InlineData("/cases/X999999/contacts")]
    public async Task An_unknown_or_malformed_crn_is_not_found(string path)
    {
        var (_, _, client) = await PractitionerAsync(DatabaseProvider.Sqlite);
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_note_is_added_shown_newest_first_and_audited(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me, contacts: 2);

        var response = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/add", new() { ["Notes"] = "Phoned to confirm the new address.", ["IsSensitive"] = "false" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await client.GetStringAsync($"/cases/{person.Crn}/contacts");
        var cards = Parser.ParseDocument(html).QuerySelectorAll(".govuk-summary-card");
        cards[0].TextContent.ShouldContain("Phoned to confirm the new address.");
        cards.Length.ShouldBe(3);

        await using var db = app.Database.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.PersonId == person.Id && a.Action == AuditAction.Create && a.EntityType == nameof(Contact) && a.Details!.Contains("Phoned to confirm"))).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Contacts_are_paged_newest_first(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me, contacts: 30);
        var second = Parser.ParseDocument(await client.GetStringAsync($"/cases/{person.Crn}/contacts?page=2"));
        var cards = second.QuerySelectorAll(".govuk-summary-card");
        cards.Length.ShouldBe(10);
        cards[0].TextContent.ShouldContain("Contact 21");
        second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim().ShouldBe("2");
        (await client.GetAsync($"/cases/{person.Crn}/contacts?page=3")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "Enter the case note")]
    [InlineData("   ", "Enter the case note")]
    public async Task An_empty_case_note_gets_a_message_and_saves_nothing(string notes, string message)
    {
        var (app, me, client) = await PractitionerAsync(DatabaseProvider.Sqlite);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        var response = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/add", new() { ["Notes"] = notes });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("govuk-error-summary");
        html.ShouldContain(message);
        await using var db = app.Database.CreateContext();
        (await db.Contacts.CountAsync(c => c.PersonId == person.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_over_long_case_note_gets_a_message_and_keeps_the_text()
    {
        var (app, me, client) = await PractitionerAsync(DatabaseProvider.Sqlite);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        var response = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/add", new() { ["Notes"] = new string('a', 4001) });
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Case note must be 4,000 characters or fewer (it is 4,001)");
        html.ShouldContain(new string('a', 4001), customMessage: "the typed text is shown back, not lost");
        await using var db = app.Database.CreateContext();
        (await db.Contacts.CountAsync(c => c.PersonId == person.Id)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_author_can_correct_a_note_and_the_earlier_text_is_kept(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/add", new() { ["Notes"] = "Fist draft" });
        await using var db = app.Database.CreateContext();
        var note = await db.Contacts.AsNoTracking().SingleAsync(c => c.PersonId == person.Id);

        var edit = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/{note.Id}/edit", new() { ["Notes"] = "First draft", ["Version"] = note.Version.ToString() });
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await db.Contacts.AsNoTracking().SingleAsync(c => c.PersonId == person.Id)).Notes.ShouldBe("First draft");
        (await db.ContactRevisions.SingleAsync(r => r.ContactId == note.Id)).PreviousNotes.ShouldBe("Fist draft");

        var stale = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/{note.Id}/edit", new() { ["Notes"] = "Overwrite", ["Version"] = note.Version.ToString() });
        (await stale.Content.ReadAsStringAsync()).ShouldContain("changed in another window or by someone else");
        (await db.Contacts.AsNoTracking().SingleAsync(c => c.PersonId == person.Id)).Notes.ShouldBe("First draft");
    }

    [Fact]
    public async Task Someone_else_cannot_edit_my_note()
    {
        var (app, me, client) = await PractitionerAsync(DatabaseProvider.Sqlite);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/contacts/add", new() { ["Notes"] = "Mine" });
        await using var db = app.Database.CreateContext();
        var note = await db.Contacts.AsNoTracking().SingleAsync(c => c.PersonId == person.Id);
        var (_, colleagueEmail) = await app.Data.CreateStaffAsync(await db.Teams.SingleAsync(t => t.Id == me.TeamId));
        var colleague = await app.SignInAsync(colleagueEmail);
        (await colleague.GetAsync($"/cases/{person.Crn}/contacts/{note.Id}/edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_finds_by_partial_name_any_case_crn_and_pnc(DatabaseProvider provider)
    {
        var (app, me, client) = await PractitionerAsync(provider);
        var surname = $"Quintrell{Guid.NewGuid().ToString("N")[..6]}";
        var person = await app.Data.CreatePersonOnProbationAsync(me, "Morwenna", surname);

        (await client.GetStringAsync($"/search?q={surname[..10].ToLowerInvariant()}")).ShouldContain(person.Crn);
        (await client.GetStringAsync($"/search?q=morw+{surname[..8]}")).ShouldContain(person.Crn);
        (await client.GetStringAsync($"/search?q={person.Crn.ToLowerInvariant()}")).ShouldContain(surname);
        (await client.GetStringAsync($"/search?q={Uri.EscapeDataString(person.PncNumber!)}")).ShouldContain(surname);
        (await client.GetStringAsync("/search?q=")).ShouldContain("Enter a CRN, PNC number or name");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_team_caseload_is_sorted_and_paged_in_the_database(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (practitioner, _) = await app.Data.CreateStaffAsync(team);
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        for (var i = 0; i < 55; i++)
        {
            await app.Data.CreatePersonOnProbationAsync(practitioner, "Pat", $"Surname{i:D2}");
        }

        var spo = await app.SignInAsync(spoEmail);
        var first = Parser.ParseDocument(await spo.GetStringAsync("/team?sort=name&dir=asc"));
        first.Body!.TextContent.ShouldContain("55 people, page 1 of 2");
        first.QuerySelectorAll("tbody tr").Length.ShouldBe(50);
        first.QuerySelector("tbody tr td a")!.TextContent.ShouldBe("Surname00, Pat");

        var last = Parser.ParseDocument(await spo.GetStringAsync("/team?sort=name&dir=desc&page=2"));
        last.QuerySelectorAll("tbody tr").Length.ShouldBe(5);
        last.QuerySelector("tbody tr td a")!.TextContent.ShouldBe("Surname04, Pat");

        var beyond = Parser.ParseDocument(await spo.GetStringAsync("/team?page=99"));
        beyond.Body!.TextContent.ShouldContain("page 2 of 2");

        foreach (var sort in CaseloadQuery.SortKeys)
        {
            (await spo.GetAsync($"/team?sort={sort}&dir=desc&page=2")).StatusCode.ShouldBe(HttpStatusCode.OK, sort);
        }
    }

    [Fact]
    public async Task A_team_manager_sees_the_team_with_practitioners()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (practitioner, _) = await app.Data.CreateStaffAsync(team, firstName: "Priya");
        var (_, spoEmail) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(practitioner);
        var html = await (await app.SignInAsync(spoEmail)).GetStringAsync("/team?sort=practitioner");
        html.ShouldContain(person.Crn);
        html.ShouldContain(practitioner.FullName);
    }
}

[Collection(AppsCollection.Name)]
public class BadRequestTests(AppsFixture apps)
{
    [Theory]
    [InlineData("/cases/{0}")]
    [InlineData("/cases/{0}/sentence")]
    [InlineData("/caseload")]
    public async Task Posting_to_a_read_only_page_is_405_not_a_crash(string pattern)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me);
        var client = await app.SignInAsync(email);
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, person.Crn);
        var response = await WaypointApp.PostFormAsync(client, url, [], formPage: "/search");
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/caseload?type=Nonsense&flag=42")]
    [InlineData("/caseload?sort=%27%3Bdrop&dir=sideways")]
    [InlineData("/search?q=%00%01%27%22")]
    [InlineData("/audit?From.Day=40&From.Month=2&From.Year=2026")]
    [InlineData("/audit?before=99999999999999999999-zz")]
    [InlineData("/audit?after=3155378975999999999-0123456789abcdef0123456789abcdef")]
    [InlineData("/team?page=-5&practitionerId=abc")]
    public async Task Tampered_query_strings_never_crash(string url)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var practitioner = await app.SignInAsync(await AuthorizationTests.AccountForRoleAsync(app, Roles.Practitioner));
        var auditor = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Auditor));
        var spo = await app.SignInAsync(await AuthorizationTests.AccountForRoleAsync(app, Roles.SeniorProbationOfficer));
        var client = url.StartsWith("/audit", StringComparison.Ordinal) ? auditor : url.StartsWith("/team", StringComparison.Ordinal) ? spo : practitioner;
        var response = await client.GetAsync(url);
        ((int)response.StatusCode).ShouldBeLessThan(500);
    }
}
