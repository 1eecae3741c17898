using Microsoft.AspNetCore.Hosting;
using Waypoint.Data;

namespace Waypoint.TestData;

/// <summary>How every test hosts the real app: the given database, no background sealer, HTTP cookies allowed.</summary>
public static class TestHosting
{
    /// <summary>The bearer token GOV.UK Notify's callbacks carry in tests.</summary>
    public const string CallbackToken = "test-notify-callback-token-0123456789";

    public static void UseTestDatabase(this IWebHostBuilder builder, DatabaseProvider provider, string connectionString, int seedDemoPeople = 0)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Waypoint", connectionString);
        builder.UseSetting("DemoData:SeedOnStart", seedDemoPeople > 0 ? "true" : "false");
        builder.UseSetting("DemoData:People", seedDemoPeople.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Audit:RunSealer", "false");
        builder.UseSetting("Tiering:DailyRecalculation", "false");
        builder.UseSetting("Notifications:RunWorker", "false");
        builder.UseSetting("Notifications:CallbackBearerToken", CallbackToken);
        builder.UseSetting("Notifications:Folder", Path.Combine(Path.GetTempPath(), "waypoint-test-outbox", Guid.NewGuid().ToString("N")));
        builder.UseSetting("Security:AllowHttpCookies", "true");
    }
}
