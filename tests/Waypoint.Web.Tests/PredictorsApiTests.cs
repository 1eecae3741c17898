using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waypoint.Data;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class PredictorsApiTests(AppsFixture apps)
{
    private const string WorkedExample = """
        {"gender":"MALE","dateOfBirth":"1965-12-07","dateOfCurrentConviction":"2025-05-13","dateAtStartOfFollowup":"2026-12-06",
         "totalNumberOfSanctionsForAllOffences":2,"ageAtFirstSanction":47,"currentOffenceCode":"02700"}
        """;

    private async Task<HttpClient> ClientAsync(string scopes = "predictors:calculate") => await (await apps.GetAsync(DatabaseProvider.Sqlite)).ApiClientAsync(scopes);

    private static StringContent Json(string body) => WaypointApp.Json(body);

    [Fact]
    public async Task The_worked_example_scores_8_16_low()
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json(WorkedExample));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"oneYear":8,"twoYear":16,"band":"LOW","errors":[]}""");
    }

    [Fact]
    public async Task A_refusal_is_a_result_with_named_errors()
    {
        var body = WorkedExample.Replace("\"2026-12-06\"", "\"1980-01-01\"", StringComparison.Ordinal).Replace("\"ageAtFirstSanction\":47", "\"ageAtFirstSanction\":10", StringComparison.Ordinal)
            .Replace("\"2025-05-13\"", "\"1979-06-01\"", StringComparison.Ordinal);
        var result = await (await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json(body))).Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("oneYear").ValueKind.ShouldBe(JsonValueKind.Null);
        result.GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = result.GetProperty("errors")[0];
        error.GetProperty("type").GetString().ShouldBe("AGE_AT_START_OF_FOLLOWUP_UNDER_16");
        error.GetProperty("fields")[0].GetString().ShouldBe("dateAtStartOfFollowup");
    }

    [Fact]
    public async Task Missing_inputs_are_listed()
    {
        var result = await (await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json("{}"))).Content.ReadFromJsonAsync<JsonElement>();
        var error = result.GetProperty("errors")[0];
        error.GetProperty("type").GetString().ShouldBe("MISSING_MANDATORY_INPUT");
        error.GetProperty("fields").GetArrayLength().ShouldBe(7);
    }

    [Theory]
    [InlineData("""{"gender":"OTHER"}""")]
    [InlineData("""{"dateOfBirth":"not a date"}""")]
    [InlineData("""{not json""")]
    public async Task Malformed_requests_are_bad_requests(string body)
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_calculator_needs_its_scope()
    {
        var response = await (await ClientAsync("people:read")).PostAsync("/api/v1/predictors/ogrs3", Json(WorkedExample));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private const string V4SexualHistoryExample = """
        {"assessmentDate":"2025-01-01","gender":"male","dateOfBirth":"1980-01-01","dateOfCurrentConviction":"2020-01-01",
         "dateAtStartOfFollowup":"2040-01-01","dateOfMostRecentSexualOffence":"1994-01-01","hasEverCommittedSexualOffence":true,
         "supervisionStatus":"community","totalNumberOfSanctionsForAllOffences":21,"totalNumberOfViolentSanctions":0,"ageAtFirstSanction":14,
         "currentOffenceCode":"02700","totalContactAdultSexualSanctions":5,"totalContactChildSexualSanctions":5,
         "totalNonContactSexualOffences":5,"totalIndecentImageSanctions":5,"someFieldWeDoNotKnow":"ignored"}
        """;

    [Fact]
    public async Task V4_returns_every_predictor_keyed_by_name_with_enums_in_any_case()
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/predictors/v4", Json(V4SexualHistoryExample));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var dc = result.GetProperty("DC-SRP");
        dc.GetProperty("score").GetDecimal().ShouldBe(5.31m);
        dc.GetProperty("band").GetString().ShouldBe("VERY_HIGH");
        dc.GetProperty("pointScore").GetInt32().ShouldBe(36);
        dc.GetProperty("riskBandReductionApplied").GetBoolean().ShouldBeFalse();
        result.GetProperty("IIC-SRP").GetProperty("score").GetDecimal().ShouldBe(10.31m);
        result.GetProperty("IIC-SRP").GetProperty("band").GetString().ShouldBe("HIGH");
        var svrp = result.GetProperty("SVRP");
        svrp.GetProperty("scoreType").GetString().ShouldBe("STATIC");
        svrp.GetProperty("errors")[0].GetProperty("type").GetString().ShouldBe("MISSING_DYNAMIC_INPUT");
        var csrp = result.GetProperty("CSRP");
        csrp.GetProperty("score").GetDecimal().ShouldBe(svrp.GetProperty("score").GetDecimal() + 5.31m + 10.31m);
        csrp.GetProperty("scoreType").GetString().ShouldBe("STATIC");
        csrp.GetProperty("errors").GetArrayLength().ShouldBe(0);
        result.GetProperty("ARP").GetProperty("band").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task An_array_of_inputs_gives_an_array_of_results_in_the_same_order()
    {
        var body = "[" + WorkedExample + ", {}]";
        var response = await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetArrayLength().ShouldBe(2);
        result[0].GetProperty("twoYear").GetInt32().ShouldBe(16);
        result[1].GetProperty("errors")[0].GetProperty("type").GetString().ShouldBe("MISSING_MANDATORY_INPUT");

        var v4 = await (await (await ClientAsync()).PostAsync("/api/v1/predictors/v4", Json("[{}, " + V4SexualHistoryExample + "]"))).Content.ReadFromJsonAsync<JsonElement>();
        v4.GetArrayLength().ShouldBe(2);
        v4[0].GetProperty("ARP").GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        v4[1].GetProperty("DC-SRP").GetProperty("pointScore").GetInt32().ShouldBe(36);
    }

    [Fact]
    public async Task Field_names_are_exact_camel_case()
    {
        var result = await (await (await ClientAsync()).PostAsync("/api/v1/predictors/ogrs3", Json(WorkedExample.Replace("\"gender\"", "\"Gender\"", StringComparison.Ordinal))))
            .Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("errors")[0].GetProperty("fields")[0].GetString().ShouldBe("gender");
    }
}
