using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Domain.Organisation;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class WorkloadAllocationApiTests(AppsFixture apps)
{
    [Fact]
    public async Task A_team_workload_a_pdu_queue_and_an_allocation_over_the_api()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var team = await app.Data.CreateTeamAsync();
        var (po, _) = await app.Data.CreateStaffAsync(team, Grade.Po);
        var (spo, _) = await app.Data.CreateStaffAsync(team, Grade.Spo);
        var person = await app.Data.CreatePersonOnProbationAsync(po);
        await app.Data.UnallocateAsync(person, "B2");
        string pduCode;
        await using (var db = app.Database.CreateContext())
        {
            pduCode = await db.Teams.Where(t => t.Id == team.Id).Select(t => t.Pdu.Code).SingleAsync();
        }

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.Data.CreateApiClientAsync("workload:read allocations:write"));

        var queue = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pdus/{pduCode}/unallocated");
        queue.EnumerateArray().Select(c => c.GetProperty("crn").GetString()).ShouldContain(person.Crn);

        var invalid = await client.PostAsJsonAsync("/api/v1/allocations", new { crn = person.Crn, staffCode = po.StaffCode, decidedByStaffCode = spo.StaffCode });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("A rationale is required.");

        var created = await client.PostAsJsonAsync("/api/v1/allocations", new
        {
            crn = person.Crn, staffCode = po.StaffCode, decidedByStaffCode = spo.StaffCode, rationale = "Agreed at the allocation meeting: capacity and experience.",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var result = await created.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("workloadAfter").GetDecimal().ShouldBeGreaterThan(result.GetProperty("workloadBefore").GetDecimal());

        var workload = await client.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team.Code}/workload");
        var row = workload.GetProperty("practitioners").EnumerateArray().Single(p => p.GetProperty("staffCode").GetString() == po.StaffCode);
        row.GetProperty("totalPoints").GetInt32().ShouldBe(115); // B2 community
        workload.GetProperty("totalPoints").GetInt32().ShouldBe(115);

        (await client.GetAsync("/api/v1/teams/NOPE/workload")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
