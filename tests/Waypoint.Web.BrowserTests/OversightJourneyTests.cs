using Microsoft.Playwright;

namespace Waypoint.Web.BrowserTests;

/// <summary>The manager's overview, equality report and workforce, and a practitioner's referral, with axe on each view.</summary>
[Collection(BrowserCollection.Name)]
public class OversightJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task The_manager_reads_the_equality_report_as_a_table_and_a_chart()
    {
        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.Locator("h1", new() { HasText = "Team overview" }).WaitForAsync(); // a manager starts here
        await spo.GetByText("High and very high RoSH not seen within their standard").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "109-team-overview");
        await spo.GetByRole(AriaRole.Link, new() { Name = "Equality" }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Equality monitoring" }).WaitForAsync();
        await spo.GetByText("Rates and relative rate index").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "110-equality-ethnicity");
        await spo.GetByLabel("By").SelectOptionAsync("AgeBand");
        await spo.GetByLabel("Area").SelectOptionAsync("Team");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await spo.Locator("h2", new() { HasText = "by age band" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "111-equality-age");
        await spo.GetByLabel("Outcome").SelectOptionAsync("AllocationWait");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await spo.Locator("h2", new() { HasText = "Allocation waits beyond target" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "111-equality-allocation-wait");

        await spo.GotoAsync($"/cases/{app.MainCase.Crn}/history");
        await spo.GetByRole(AriaRole.Link, new() { Name = "chronology" }).ClickAsync();
        await spo.Locator("h2", new() { HasText = "Chronology" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "112-chronology");
        await spo.Context.CloseAsync();
    }

    [Fact]
    public async Task The_head_of_pdu_reads_the_workforce_and_records_funded_posts()
    {
        var team = await app.Data.CreateTeamAsync();
        var (_, headEmail) = await app.Data.CreateStaffAsync(team, Domain.Organisation.Grade.HeadOfPdu, firstName: "Hana");
        await app.Data.CreateStaffAsync(team, firstName: "Olwen");
        var head = await app.SignInAsync(headEmail);
        await head.GetByRole(AriaRole.Link, new() { Name = "Workforce" }).ClickAsync();
        await head.Locator("h1", new() { HasText = "Workforce" }).WaitForAsync();
        await head.GetByText("Staff in post by grade").WaitForAsync();
        await BrowserFixture.CheckAsync(head, "113-workforce");
        await head.GetByLabel("Grade", new() { Exact = true }).SelectOptionAsync("Po");
        await head.GetByLabel("Funded FTE").FillAsync("3.5");
        await head.GetByLabel("Day", new() { Exact = true }).FillAsync("1");
        await head.GetByLabel("Month", new() { Exact = true }).FillAsync("4");
        await head.GetByLabel("Year", new() { Exact = true }).FillAsync("2026");
        await head.GetByRole(AriaRole.Button, new() { Name = "Save funded posts" }).ClickAsync();
        await head.GetByText("Funded posts saved").WaitForAsync();
        (await head.Locator("table", new() { HasText = "Staff in post by grade" }).InnerTextAsync()).ShouldContain("2.5"); // 3.5 funded, 1 in post
        await BrowserFixture.CheckAsync(head, "114-workforce-saved");
        await head.Context.CloseAsync();
    }

    [Fact]
    public async Task The_practitioner_makes_and_progresses_a_referral()
    {
        var page = await app.SignInAsync(app.PractitionerEmail);
        await page.GotoAsync($"/cases/{app.MainCase.Crn}/sentence");
        await page.GetByRole(AriaRole.Link, new() { Name = "Referrals to services" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the referral" }).ClickAsync();
        await page.GetByText("There is a problem").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "115-referral-errors");
        await page.GetByLabel("Finance, benefit and debt").CheckAsync();
        await page.GetByLabel("Why you are referring").FillAsync("Council tax arrears and a court summons.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the referral" }).ClickAsync();
        await page.GetByText("Council tax arrears and a court summons.").WaitForAsync();
        await page.GetByLabel("What has happened").SelectOptionAsync("Started");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await page.GetByText("Started (").WaitForAsync();
        await BrowserFixture.CheckAsync(page, "116-referrals");
        await page.Context.CloseAsync();
    }
}
