using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waypoint.Data;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class WorkloadApiTests(AppsFixture apps)
{
    private async Task<HttpClient> ClientAsync(string scopes = "workload:calculate") => await (await apps.GetAsync(DatabaseProvider.Sqlite)).ApiClientAsync(scopes);

    private static StringContent Json(string body) => WaypointApp.Json(body);

    [Fact]
    public async Task The_worked_example_gives_50_percent_then_55_9_with_a_b3_custody_candidate()
    {
        // 500 points against 1000 available: nominal target 1000 for 37 hours.
        const string body = """
            {"grade":"PO","contractedHours":37,"nominalTarget":1000,"defaultHours":37,
             "cases":[{"type":"community","tier":"A3","count":2},{"type":"custody","tier":"C2"},{"type":"community","tier":"D2"},{"type":"custody","tier":"C1"}],
             "candidateCase":{"type":"custody","tier":"B3"}}
            """;
        var response = await (await ClientAsync()).PostAsync("/api/v1/workload/calculate", Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("totalPoints").GetInt32().ShouldBe(500);
        result.GetProperty("availablePoints").GetInt32().ShouldBe(1000);
        result.GetProperty("capacityPercent").GetDecimal().ShouldBe(50.0m);
        result.GetProperty("potentialCapacityPercent").GetDecimal().ShouldBe(55.9m);
        result.GetProperty("breakdown").GetArrayLength().ShouldBe(4);
    }

    [Fact]
    public async Task Without_a_candidate_there_is_no_potential_figure_and_invalid_input_is_a_result_with_errors()
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/workload/calculate",
            Json("""[{"grade":"PSO","contractedHours":37,"reductionHours":1.8}, {"grade":"PO","contractedHours":37,"cases":[{"type":"community","tier":"B"}]}]"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result[0].GetProperty("availablePoints").GetInt32().ShouldBe(2070);
        result[0].TryGetProperty("potentialCapacityPercent", out _).ShouldBeFalse();
        var error = result[1].GetProperty("errors")[0];
        error.GetProperty("type").GetString().ShouldBe("TIER_NOT_RECOGNISED");
        error.GetProperty("fields")[0].GetString().ShouldBe("cases[0].tier");
        result[1].TryGetProperty("totalPoints", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_and_the_scope_is_needed()
    {
        (await (await ClientAsync()).PostAsync("/api/v1/workload/calculate", Json("{\"grade\":"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await ClientAsync("predictors:calculate")).PostAsync("/api/v1/workload/calculate", Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
