using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waypoint.Data;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class TieringApiTests(AppsFixture apps)
{
    private async Task<HttpClient> ClientAsync(string scopes = "tiering:calculate") => await (await apps.GetAsync(DatabaseProvider.Sqlite)).ApiClientAsync(scopes);

    private static StringContent Json(string body) => WaypointApp.Json(body);

    [Fact]
    public async Task The_current_framework_is_the_default_and_explains_every_step()
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/tiering/calculate",
            Json("""{"hasActiveEvent":true,"arp":{"score":30,"static":false},"csrp":{"score":0.2,"static":false},"mappaCategory":2,"rosh":"HIGH"}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("tier").GetString().ShouldBe("C");
        result.GetProperty("provisional").GetBoolean().ShouldBeFalse();
        var steps = result.GetProperty("steps");
        steps.EnumerateArray().Select(s => s.GetProperty("step").GetString()).ShouldBe([
            "REOFFENDING", "SEXUAL_REOFFENDING", "MAPPA_ROSH", "LIFER_IPP", "DOMESTIC_ABUSE", "STALKING", "CHILD_PROTECTION", "SEXUAL_OFFENCES",
        ]);
        steps[0].GetProperty("tier").GetString().ShouldBe("F");
        steps[2].GetProperty("tier").GetString().ShouldBe("C");
        steps[1].GetProperty("tier").ValueKind.ShouldBe(JsonValueKind.Null);
        steps[2].GetProperty("reason").GetString()!.ShouldContain("MAPPA category 2");
    }

    [Fact]
    public async Task The_protect_change_framework_gives_protect_and_change()
    {
        var result = await (await (await ClientAsync()).PostAsync("/api/v1/tiering/calculate",
            Json("""{"framework":"protect-change","rosh":"high","hasMandateForChange":true,"assessment":null}"""))).Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("tier").GetString().ShouldBe("B2");
        result.GetProperty("protect").GetString().ShouldBe("B");
        result.GetProperty("change").GetInt32().ShouldBe(2);
        result.GetProperty("protectPoints").GetInt32().ShouldBe(20);
        result.GetProperty("changePoints").GetInt32().ShouldBe(0);
        result.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Inconsistent_input_is_a_refusal_with_200()
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/tiering/calculate",
            Json("""[{"arp":{"score":10,"static":false},"csrp":{"score":0.1,"static":false},"dcSrp":{"score":0.4,"band":"medium"}}]"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""[{"tier":null,"errors":[{"type":"DC_SRP_SCORE_INCONSISTENT_WITH_BAND","fields":["dcSrp"]}]}]""");
    }

    [Theory]
    [InlineData("""{"framework":"medieval"}""")]
    [InlineData("""{"rosh":"enormous"}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""{"arp": """)]
    public async Task Unreadable_requests_are_400_problems(string body)
    {
        var response = await (await ClientAsync()).PostAsync("/api/v1/tiering/calculate", Json(body));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Tiering_needs_its_scope()
    {
        var response = await (await ClientAsync("predictors:calculate")).PostAsync("/api/v1/tiering/calculate", Json("{}"));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
