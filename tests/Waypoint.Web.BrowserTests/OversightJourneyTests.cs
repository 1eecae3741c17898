using Microsoft.Playwright;

namespace Waypoint.Web.BrowserTests;

/// <summary>The manager's equality report, with axe on each view.</summary>
[Collection(BrowserCollection.Name)]
public class OversightJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task The_manager_reads_the_equality_report_as_a_table_and_a_chart()
    {
        var spo = await app.SignInAsync(app.SpoEmail);
        await spo.GetByRole(AriaRole.Link, new() { Name = "Equality" }).ClickAsync();
        await spo.Locator("h1", new() { HasText = "Equality monitoring" }).WaitForAsync();
        await spo.GetByText("Rates and relative rate index").WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "110-equality-ethnicity");
        await spo.GetByLabel("By").SelectOptionAsync("AgeBand");
        await spo.GetByLabel("Area").SelectOptionAsync("Team");
        await spo.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await spo.Locator("h2", new() { HasText = "by age band" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "111-equality-age");

        await spo.GotoAsync($"/cases/{app.MainCase.Crn}/history");
        await spo.GetByRole(AriaRole.Link, new() { Name = "chronology" }).ClickAsync();
        await spo.Locator("h2", new() { HasText = "Chronology" }).WaitForAsync();
        await BrowserFixture.CheckAsync(spo, "112-chronology");
        await spo.Context.CloseAsync();
    }
}
