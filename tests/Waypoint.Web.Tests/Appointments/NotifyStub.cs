using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Waypoint.Web.Tests.Appointments;

/// <summary>
/// A local HTTP stand-in for GOV.UK Notify's API (v2 notifications: send SMS, send email, list by reference), so the
/// real GovukNotify client can be exercised and every request it makes inspected.
/// </summary>
public sealed class NotifyStub : IAsyncDisposable
{
    public const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    public const string SecretKey = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    public const string ApiKey = $"waypoint_test-{ServiceId}-{SecretKey}";
    public const string SmsTemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    public const string EmailTemplateId = "a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, JsonObject> sent = new();

    public sealed record RecordedRequest(string Method, string Path, string Query, JsonObject? Body, string Issuer);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers the next N send requests with a server error (Notify having a bad moment).</summary>
    public int FailNextSends;

    public string BaseUrl { get; }

    private NotifyStub(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public IEnumerable<RecordedRequest> Sends => Requests.Where(r => r.Method == "POST");

    public static async Task<NotifyStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        NotifyStub? stub = null;
        app.MapPost("/v2/notifications/{type}", async (string type, HttpContext context) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            stub!.Requests.Enqueue(new("POST", context.Request.Path, context.Request.QueryString.Value ?? "", body, IssuerOf(context)));
            if (Interlocked.Decrement(ref stub.FailNextSends) >= 0)
            {
                return Results.Json(new { status_code = 500, errors = new[] { new { error = "Exception", message = "Internal server error" } } }, statusCode: 500);
            }

            var id = Guid.NewGuid().ToString();
            var reference = body["reference"]?.GetValue<string>();
            var record = new JsonObject { ["id"] = id, ["reference"] = reference, ["type"] = type, ["status"] = "created" };
            if (reference is not null)
            {
                stub.sent[reference] = record;
            }

            return Results.Json(new
            {
                id,
                reference,
                content = new { body = body["personalisation"]?["body"]?.GetValue<string>(), from_number = "Probation", subject = body["personalisation"]?["subject"]?.GetValue<string>(), from_email = "probation@example.gov.uk" },
                uri = $"{stub.BaseUrl}/v2/notifications/{id}",
                template = new { id = body["template_id"]?.GetValue<string>(), version = 1, uri = $"{stub.BaseUrl}/v2/templates/x" },
            }, statusCode: 201);
        });
        app.MapGet("/v2/notifications", (HttpContext context) =>
        {
            stub!.Requests.Enqueue(new("GET", context.Request.Path, context.Request.QueryString.Value ?? "", null, IssuerOf(context)));
            var reference = context.Request.Query["reference"].ToString();
            var found = stub.sent.TryGetValue(reference, out var record) ? new[] { record } : [];
            return Results.Text(JsonSerializer.Serialize(new { notifications = found, links = new { current = $"{stub.BaseUrl}/v2/notifications" } }), "application/json");
        });
        await app.StartAsync();
        var address = app.Urls.First();
        stub = new NotifyStub(app, address.TrimEnd('/'));
        return stub;
    }

    /// <summary>The client signs each request with a JWT whose issuer is the service id.</summary>
    private static string IssuerOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "";
        }

        var parts = header["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return "";
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return json?["iss"]?.GetValue<string>() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
