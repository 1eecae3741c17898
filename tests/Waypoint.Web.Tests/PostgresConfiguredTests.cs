using Waypoint.TestData;

namespace Waypoint.Web.Tests;

public class PostgresConfiguredTests
{
    /// <summary>In CI the PostgreSQL suites must run: a missing server fails the run instead of quietly skipping it.</summary>
    [Fact]
    public void Postgres_is_configured_whenever_running_in_CI()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (inCi)
        {
            TestDatabase.PostgresServer.ShouldNotBeNull($"{TestDatabase.PostgresVariable} must be set in CI (test.sh starts PostgreSQL)");
        }

        TestDatabase.Providers().Count().ShouldBe(TestDatabase.PostgresServer is null ? 1 : 2);
    }
}
