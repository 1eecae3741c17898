using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Web.BrowserTests;

/// <summary>
/// The real app on Kestrel (loopback, any free port) over SQLite, and Debian's Chromium driven by Playwright.
/// No browser is downloaded: Chromium comes from the machine (test.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestDatabase database = null!;
    private WebApplicationFactory<Program> factory = null!;
    private IPlaywright playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public TestData.TestData Data { get; private set; } = null!;
    public string PractitionerEmail { get; private set; } = "";
    public string SpoEmail { get; private set; } = "";
    public string AuditorEmail { get; private set; } = "";
    public string ExcludedEmail { get; private set; } = "";
    public Person MainCase { get; private set; } = null!;
    public Person RestrictedCase { get; private set; } = null!;
    public string PsoEmail { get; private set; } = "";
    public Person PsoCase { get; private set; } = null!;
    public Person FlagCase { get; private set; } = null!;
    public StaffMember Practitioner { get; private set; } = null!;
    public OfficeLocation Office { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("WAYPOINT_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Install Debian's chromium package (test.sh does this).");
        }

        database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseTestDatabase(DatabaseProvider.Sqlite, database.ConnectionString));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        Data = new TestData.TestData(() => database.CreateContext());
        var team = await Data.CreateTeamAsync("Salford Probation Team");
        var (practitioner, practitionerEmail) = await Data.CreateStaffAsync(team, firstName: "Priya");
        var (_, spoEmail) = await Data.CreateStaffAsync(team, Grade.Spo, firstName: "Sandra");
        var (excluded, excludedEmail) = await Data.CreateStaffAsync(team, firstName: "Neil");
        PractitionerEmail = practitionerEmail;
        Practitioner = practitioner;
        Office = await Data.CreateOfficeAsync(team.PduId, "Salford Probation Office");

        SpoEmail = spoEmail;
        ExcludedEmail = excludedEmail;
        AuditorEmail = await Data.CreateAccountAsync(Roles.Auditor);
        MainCase = await Data.CreatePersonOnProbationAsync(practitioner, "Jordan", "Whitfield", flags: [RegistrationType.Mappa, RegistrationType.DomesticAbusePerpetrator], contacts: 30);
        await Data.CreatePersonOnProbationAsync(practitioner, "Casey", "Abbott", SentenceType.CustodyWithLicence, [RegistrationType.RiskToStaff], contacts: 4);
        await Data.CreatePersonOnProbationAsync(practitioner, "Robin", "Nkemelu", SentenceType.SuspendedSentenceOrder, contacts: 2);
        RestrictedCase = await Data.CreatePersonOnProbationAsync(practitioner, "Morgan", "Hale");
        FlagCase = await Data.CreatePersonOnProbationAsync(practitioner, "Alex", "Flint", contacts: 1);
        var waiting = await Data.CreatePersonOnProbationAsync(practitioner, "Riley", "Waiting");
        await Data.UnallocateAsync(waiting, "C2");
        await Data.RestrictAsync(RestrictedCase, CaseAccessListKind.Exclusion, excluded);
        var (pso, psoEmail) = await Data.CreateStaffAsync(team, Grade.Pso, firstName: "Paul");
        PsoEmail = psoEmail;
        PsoCase = await Data.CreatePersonOnProbationAsync(pso, "Sam", "Okafor", contacts: 3);
        await Data.SetCriminalHistoryAsync(PsoCase, totalSanctions: 5, ageAtFirstSanction: 16, offenceCode: "02700");

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public WaypointDbContext CreateContext() => database.CreateContext();

    /// <summary>A new browser context (its own cookies) signed in through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string email, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestData.TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/sign-in"), new() { Timeout = 30_000 });
        await page.Locator("h1").First.WaitForAsync();
        return page;
    }

    /// <summary>
    /// Waits until the page's address matches, by polling the address only. Playwright's <c>WaitForURLAsync</c> also
    /// waits for the load event when the address already matches (even when asked for <c>Commit</c>), and CI has
    /// three times timed out there after the page had loaded; the steps that follow wait for the elements they use.
    /// </summary>
    public static Task WaitForAddressAsync(IPage page, Regex address) =>
        Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });

    /// <summary>Runs axe-core on the page (WCAG 2.2 AA rules) and saves a screenshot named after the step.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        violations.ShouldBeEmpty($"axe found accessibility problems on {name} ({page.Url})");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
