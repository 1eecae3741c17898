using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Waypoint.Data;
using Waypoint.Data.DemoData;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>
/// The app as a newcomer first sees it: started on an empty database with demo seeding on, then every kind of page
/// opened as each demo role over realistic generated data (which finds what hand-made test records miss).
/// </summary>
public class DemoRegionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_page_works_for_every_demo_role_over_generated_data(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseTestDatabase(provider, database.ConnectionString, 400));

        async Task<HttpClient> SignIn(string email)
        {
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var response = await WaypointApp.PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = DemoAccounts.Password });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, email);
            return client;
        }

        async Task ShouldOpen(HttpClient client, string url)
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        var practitioner = await SignIn(DemoAccounts.Practitioner);
        var caseload = await practitioner.GetStringAsync("/caseload");
        var crns = Regex.Matches(caseload, "href=\"/cases/([A-Z][0-9]{6})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        crns.Count.ShouldBeGreaterThan(5);
        foreach (var crn in crns.Take(12))
        {
            foreach (var tab in new[] { "", "/personal-details", "/personal-details/edit", "/sentence", "/contacts", "/risk-flags", "/risk", "/history", "/contacts/add", "/appointments", "/appointments/book", "/appointments/commitments", "/enforcement", "/enforcement/decide", "/reports", "/referrals", "/oversight", "/chronology", "/chronology?format=csv" })
            {
                await ShouldOpen(practitioner, $"/cases/{crn}{tab}");
            }

            var contacts = await practitioner.GetStringAsync($"/cases/{crn}/contacts");
            var pages = Regex.Matches(contacts, $"/cases/{crn}/contacts\\?page=(\\d+)").Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(1).Max();
            await ShouldOpen(practitioner, $"/cases/{crn}/contacts?page={pages}");
        }

        // The generated criminal histories are complete enough for OGRS3 to score every demo case.
        foreach (var crn in crns.Take(12))
        {
            (await practitioner.GetStringAsync($"/cases/{crn}/risk")).ShouldContain("Within 2 years", customMessage: crn);
        }

        // Most demo cases carry a completed assessment: its pages, sections and sentence plan open, and the case has a tier.
        var tiered = 0;
        foreach (var crn in crns.Take(12))
        {
            var assessments = await practitioner.GetStringAsync($"/cases/{crn}/assessments");
            foreach (var id in Regex.Matches(assessments, $"href=\"/cases/{crn}/assessments/(\\d+)\"").Select(m => m.Groups[1].Value).Distinct())
            {
                var assessment = await practitioner.GetStringAsync($"/cases/{crn}/assessments/{id}");
                await ShouldOpen(practitioner, $"/cases/{crn}/assessments/{id}/sentence-plan");
                foreach (var section in Regex.Matches(assessment, $"/cases/{crn}/assessments/{id}/sections/([a-z]+)").Select(m => m.Groups[1].Value).Distinct())
                {
                    await ShouldOpen(practitioner, $"/cases/{crn}/assessments/{id}/sections/{section}");
                }
            }

            var risk = await practitioner.GetStringAsync($"/cases/{crn}/risk");
            tiered += Regex.IsMatch(risk, "<strong>Tier [A-G]</strong>") ? 1 : 0;
        }

        tiered.ShouldBeGreaterThan(6);

        foreach (var sort in new[] { "name", "crn", "tier", "sentence", "end", "last", "next", "review" })
        {
            await ShouldOpen(practitioner, $"/caseload?sort={sort}&dir=desc");
        }

        await ShouldOpen(practitioner, "/search?q=a");
        await ShouldOpen(practitioner, "/week");
        var diary = await practitioner.GetStringAsync("/diary");
        await ShouldOpen(practitioner, "/diary?view=day");
        foreach (var link in Regex.Matches(diary, "href=\"(/cases/[A-Z][0-9]{6}/appointments/\\d+(/outcome)?)\"").Select(m => m.Groups[1].Value).Distinct().Take(12))
        {
            await ShouldOpen(practitioner, link);
        }

        var myWorkload = await practitioner.GetStringAsync("/workload");
        myWorkload.ShouldContain("of capacity");
        myWorkload.ShouldContain("The last 12 weeks");

        var spo = await SignIn(DemoAccounts.SeniorProbationOfficer);
        await ShouldOpen(spo, "/team");
        await ShouldOpen(spo, "/team/overview");
        await ShouldOpen(spo, "/team?sort=practitioner&page=2");
        await ShouldOpen(spo, "/assessments/countersign");
        await ShouldOpen(spo, "/team/cover");
        await ShouldOpen(spo, "/enforcement/countersign");
        foreach (var view in new[] { "", "?dimension=Gender&area=Region", "?dimension=AgeBand&measure=UnacceptableAbsences", "?dimension=Disability&format=csv", "?measure=AllocationWait&area=Region", "?measure=AssessmentCompleted", "?measure=Referrals&dimension=Gender" })
        {
            await ShouldOpen(spo, "/oversight/equality" + view);
        }
        var queueHtml = await spo.GetStringAsync("/allocations");
        var waitingCrn = Regex.Match(queueHtml, "href=\"/allocations/([A-Z][0-9]{6})\"").Groups[1].Value;
        waitingCrn.ShouldNotBeEmpty();
        (await spo.GetStringAsync($"/allocations/{waitingCrn}")).ShouldContain("Practitioners, best fit first");
        var teamWorkload = await spo.GetStringAsync("/team/workload");
        var staffLink = Regex.Match(teamWorkload, "href=\"(/team/workload\\?teamId=\\d+&(?:amp;)?staffId=\\d+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        staffLink.ShouldNotBeEmpty();
        (await spo.GetStringAsync(staffLink)).ShouldContain("Available points");
        var head = await SignIn(DemoAccounts.HeadOfPdu);
        await ShouldOpen(head, "/team");
        await ShouldOpen(head, "/team/workload");
        await ShouldOpen(head, "/team/overview");
        foreach (var view in new[] { "", "?area=Region&dimension=Gender", "?area=Team&dimension=AgeBand", "?format=csv" })
        {
            await ShouldOpen(head, "/oversight/workforce" + view);
        }
        var queue = await head.GetStringAsync("/assessments/countersign");
        foreach (var link in Regex.Matches(queue, "href=\"(/cases/[A-Z][0-9]{6}/assessments/\\d+)\"").Select(m => m.Groups[1].Value).Take(3))
        {
            (await head.GetStringAsync(link)).ShouldContain("Do you countersign this assessment?");
        }
        var admin = await SignIn(DemoAccounts.Administrator);
        await ShouldOpen(admin, $"/cases/{crns[0]}");
        var auditor = await SignIn(DemoAccounts.Auditor);
        await ShouldOpen(auditor, $"/audit?crn={crns[0]}");
        await ShouldOpen(auditor, $"/cases/{crns[0]}/history");

        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", DemoAccounts.ApiKey);
        (await api.GetAsync($"/api/v1/people/{crns[1]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
