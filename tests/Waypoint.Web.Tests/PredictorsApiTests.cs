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

    private async Task<HttpClient> ClientAsync(string scopes = "predictors:calculate")
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.Data.CreateApiClientAsync(scopes));
        return client;
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

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
}
