using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Waypoint.Web.BrowserTests;

/// <summary>What a practitioner, a team manager and an auditor do, in headless Chromium, with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task A_practitioner_signs_in_opens_a_case_and_adds_a_case_note()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("/sign-in");
        await BrowserFixture.CheckAsync(signIn, "01-sign-in");
        await context.CloseAsync();

        var page = await app.SignInAsync(app.PractitionerEmail);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("My week");
        await BrowserFixture.CheckAsync(page, "01a-my-week");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe("My caseload");
        await BrowserFixture.CheckAsync(page, "02-my-caseload");

        // Sorted by name (ascending) by default; the column header link reverses it, without JavaScript.
        (await page.Locator("tbody tr td:first-child").First.TextContentAsync())!.Trim().ShouldBe("Abbott, Casey");
        await page.GetByRole(AriaRole.Link, new() { Name = "Name" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, new Regex("dir=desc"));
        (await page.Locator("tbody tr td:first-child").First.TextContentAsync())!.Trim().ShouldBe("Whitfield, Jordan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Whitfield, Jordan" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Jordan Whitfield" }).WaitForAsync();
        (await page.ContentAsync()).ShouldContain("62 of 150 unpaid work hours");
        await BrowserFixture.CheckAsync(page, "03-case-overview");

        foreach (var (tab, shot) in new[] { ("Personal details", "04-personal-details"), ("Sentence", "05-sentence"), ("Risk flags", "06-risk-flags"), ("Risk", "06a-risk"), ("Record history", "07-record-history"), ("Contacts", "08-contacts") })
        {
            await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
            // The tab clicked is the current one once its page has arrived.
            await page.Locator(".moj-sub-navigation a[aria-current='page']", new() { HasTextRegex = new Regex($"^{tab}$") }).WaitForAsync();
            await BrowserFixture.CheckAsync(page, shot);
        }

        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Sentence" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change key dates" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Change key dates" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "08a-change-key-dates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save key dates" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "08b-key-dates-error");
        await page.GotoAsync($"/cases/{app.MainCase.Crn}/contacts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a case note" }).ClickAsync();
        await BrowserFixture.CheckAsync(page, "09-add-case-note");
        await page.GetByLabel("Case note").FillAsync("Home visit: met partner, discussed safety plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await page.Locator(".govuk-notification-banner").WaitForAsync();
        (await page.Locator(".govuk-summary-card").First.TextContentAsync())!.ShouldContain("Home visit: met partner, discussed safety plan.");
        await BrowserFixture.CheckAsync(page, "10-case-note-added");

        // The author corrects the note the same day; the correction shows and the earlier text is kept.
        await page.Locator(".govuk-summary-card").First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change") }).ClickAsync();
        await BrowserFixture.CheckAsync(page, "10a-change-case-note");
        await page.GetByLabel("Case note").FillAsync("Home visit: met partner and discussed the safety plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        (await page.Locator(".govuk-summary-card").First.TextContentAsync())!.ShouldContain("earlier text kept");
    }

    [Fact]
    public async Task Search_finds_a_person_by_partial_surname()
    {
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await page.GetByLabel("Search for a person on probation").FillAsync("whitf");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Whitfield, Jordan" }).WaitForAsync();
        await BrowserFixture.CheckAsync(page, "11-search-results");
    }

    [Fact]
    public async Task A_validation_error_is_summarised_and_linked_to_the_field()
    {
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GotoAsync($"/cases/{app.MainCase.Crn}/personal-details/edit");
        await BrowserFixture.CheckAsync(page, "12-edit-personal-details");
        await page.GetByLabel("First name").FillAsync("");
        await page.GetByLabel("Month").FillAsync("13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save personal details" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await summary.WaitForAsync();
        (await summary.TextContentAsync())!.ShouldContain("Enter a first name");
        (await summary.TextContentAsync())!.ShouldContain("Date of birth must be a real date");
        (await page.TitleAsync()).ShouldStartWith("Error:");
        await BrowserFixture.CheckAsync(page, "13-validation-error");
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a first name" }).ClickAsync();
        (await page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("first-name");
    }

    [Fact]
    public async Task The_team_manager_and_the_auditor_see_their_pages()
    {
        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Team caseload", Exact = true }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Team caseload" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "14-team-caseload");

        var auditor = await app.SignInAsync(app.AuditorEmail);
        await auditor.GetByLabel("CRN (optional)").FillAsync(app.MainCase.Crn);
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Search the audit trail" }).ClickAsync();
        await auditor.Locator("table").WaitForAsync();
        await BrowserFixture.CheckAsync(auditor, "15-audit-trail");
    }

    [Fact]
    public async Task An_excluded_practitioner_sees_only_that_the_case_is_restricted()
    {
        var page = await app.SignInAsync(app.ExcludedEmail);
        var response = await page.GotoAsync($"/cases/{app.RestrictedCase.Crn}");
        response!.Status.ShouldBe(403);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("This case is restricted");
        (await page.ContentAsync()).ShouldNotContain("Hale");
        await BrowserFixture.CheckAsync(page, "16-restricted");
    }

    [Fact]
    public async Task Error_pages_and_sign_out_are_accessible_too()
    {
        var page = await app.SignInAsync(app.AuditorEmail);
        var denied = await page.GotoAsync("/caseload");
        denied!.Status.ShouldBe(403);
        await BrowserFixture.CheckAsync(page, "19-access-denied");
        page = await app.SignInAsync(app.PractitionerEmail);
        var missing = await page.GotoAsync("/cases/Z999999");
        missing!.Status.ShouldBe(404);
        await BrowserFixture.CheckAsync(page, "20-not-found");
        await page.GotoAsync("/sign-out");
        await BrowserFixture.CheckAsync(page, "21-sign-out");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // Wait for the redirect's address, not for the load event (which a busy two-core runner has been seen to miss),
        // then for the sign-in page itself.
        await BrowserFixture.WaitForAddressAsync(page, new Regex("/sign-in"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Sign in", new() { Timeout = 30_000 });
        (await page.GotoAsync("/caseload"))!.Url.ShouldContain("/sign-in");
    }

    [Fact]
    public async Task The_caseload_works_on_a_phone_sized_screen()
    {
        var page = await app.SignInAsync(app.PractitionerEmail, new ViewportSize { Width = 375, Height = 740 });
        await BrowserFixture.CheckAsync(page, "17-caseload-phone");
        await page.GotoAsync($"/cases/{app.MainCase.Crn}");
        await BrowserFixture.CheckAsync(page, "18-case-overview-phone");
    }
}
