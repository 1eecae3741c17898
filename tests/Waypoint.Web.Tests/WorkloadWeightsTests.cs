using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waypoint.Data;
using Waypoint.Domain.Workload;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class WorkloadWeightsTests(AppsFixture apps)
{
    [Fact]
    public async Task An_administrator_adds_a_weight_set_that_applies_from_its_date_and_earlier_figures_keep_theirs()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = await app.SignInAsync(await app.Data.CreateAccountAsync(Roles.Administrator));
        var page = await admin.GetStringAsync("/admin/workload-weights");
        page.ShouldContain("name=\"Values[case.B2.Community]\" type=\"text\" inputmode=\"numeric\" value=\"115\"");

        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5).AddDays(Random.Shared.Next(1000));
        var fields = new Dictionary<string, string>
        {
            ["EffectiveFrom.Day"] = from.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveFrom.Month"] = from.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveFrom.Year"] = from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var tier in WeightSet.ProtectChangeTiers)
        {
            foreach (var type in Enum.GetValues<WorkloadCaseType>())
            {
                fields[$"Values[case.{tier}.{type}]"] = WeightSet.Default.WeightOf(tier, type, false).ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields[$"Values[t2a.{tier}.{type}]"] = WeightSet.Default.WeightOf(tier, type, true).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        fields["Values[case.B2.Community]"] = "200";
        foreach (var (key, value) in new[] { ("report.Standard", "138"), ("report.Fast", "65"), ("share.Warrant", "0"), ("share.UpwOnly", "100"), ("share.OverdueTermination", "0"),
                     ("target.Po", "2176"), ("hours.Po", "37"), ("target.Pso", "2176"), ("hours.Pso", "37"), ("target.Pqip", "2176"), ("hours.Pqip", "37"), ("target.Spo", "2176"), ("hours.Spo", "0") })
        {
            fields[$"Values[{key}]"] = value;
        }

        var bad = new Dictionary<string, string>(fields) { ["Values[case.A3.Licence]"] = "1000", ["Values[hours.Po]"] = "40" };
        var refused = await WaypointApp.PostFormAsync(admin, "/admin/workload-weights", bad);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("A3 licence must be a whole number from 0 to 999");
        html.ShouldContain("Default hours for Probation officer (PO) must be from 0 to 37.5");

        (await WaypointApp.PostFormAsync(admin, "/admin/workload-weights", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.Data.CreateApiClientAsync("workload:calculate"));
        async Task<int> PointsOn(DateOnly day) => (await (await client.PostAsJsonAsync("/api/v1/workload/calculate",
            new { grade = "PO", contractedHours = 37, cases = new[] { new { type = "community", tier = "B2" } }, onDate = day.ToString("yyyy-MM-dd") }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalPoints").GetInt32();
        (await PointsOn(from)).ShouldBe(200);
        (await PointsOn(from.AddDays(-1))).ShouldBe(115);
    }
}
