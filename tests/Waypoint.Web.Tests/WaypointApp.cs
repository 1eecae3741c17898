using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>The real application over a real database (SQLite or PostgreSQL), built from migrations.</summary>
public sealed class WaypointApp : IAsyncDisposable
{
    private WaypointApp(TestDatabase database, WebApplicationFactory<Program> factory)
    {
        Database = database;
        Factory = factory;
        Data = new TestData.TestData(() => database.CreateContext());
    }

    public TestDatabase Database { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public TestData.TestData Data { get; }

    public static async Task<WaypointApp> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateEmptyAsync(provider);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseTestDatabase(provider, database.ConnectionString));
        _ = factory.Server; // starts the app, which applies the migrations
        return new WaypointApp(database, factory);
    }

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real sign-in form and returns a client holding the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = TestData.TestData.Password)
    {
        var client = CreateClient();
        var response = await PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in as {email} failed");
        return client;
    }

    /// <summary>Loads the form page for its anti-forgery token, then posts the fields to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenOf(html) ?? throw new InvalidOperationException($"No anti-forgery token on {formPage ?? url} ({(int)page.StatusCode})");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>A client authenticated with a new API key holding the given scopes.</summary>
    public async Task<HttpClient> ApiClientAsync(string scopes)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Data.CreateApiClientAsync(scopes));
        return client;
    }

    public static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    public static string? TokenOf(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One app per database engine for the whole run, started on first use.</summary>
public sealed class AppsFixture : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Task<WaypointApp>> apps = [];
    private readonly Lock gate = new();

    public Task<WaypointApp> GetAsync(DatabaseProvider provider)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(provider, out var app))
            {
                app = WaypointApp.StartAsync(provider);
                apps[provider] = app;
            }

            return app;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values)
        {
            await (await app).DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppsCollection : ICollectionFixture<AppsFixture>
{
    public const string Name = "apps";
}
