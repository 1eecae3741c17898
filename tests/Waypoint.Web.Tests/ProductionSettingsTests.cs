using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>Outside Development: secure cookies, HSTS, and the original scheme taken from a trusted proxy.</summary>
public class ProductionSettingsTests
{
    [Fact]
    public async Task Behind_a_trusted_tls_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseTestDatabase(DatabaseProvider.Sqlite, database.ConnectionString);
            builder.UseEnvironment("Production");
            builder.UseSetting("Security:AllowHttpCookies", "false");
            builder.UseSetting("Security:TrustForwardedHeaders", "true");
        });
        // HSTS is never sent to localhost, so address the app by a real-looking host name.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://waypoint.example") });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/sign-in");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        response.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Testing", true)]
    public async Task Entity_framework_checks_for_concurrent_use_of_a_context_everywhere_but_production(string environment, bool expected)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseTestDatabase(DatabaseProvider.Sqlite, database.ConnectionString);
            builder.UseEnvironment(environment);
            builder.UseSetting("Security:AllowHttpCookies", "true");
        });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();
        core.ShouldNotBeNull().ThreadSafetyChecksEnabled.ShouldBe(expected);
    }
}
