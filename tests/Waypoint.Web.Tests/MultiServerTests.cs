using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Notifications;
using Waypoint.TestData;
using Waypoint.Web.Tests.Appointments;

namespace Waypoint.Web.Tests;

/// <summary>
/// Two Waypoint servers on loopback over one database behave as one: a sign-in made on one is accepted by the other
/// (data-protection keys live in the database), and with both outbox workers running every queued message is sent
/// exactly once, even when one server is stopped part-way (a rolling restart).
/// </summary>
public class MultiServerTests
{
    private const int Messages = 120;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_servers_share_sign_in_and_send_each_queued_message_exactly_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var stub = await NotifyStub.StartAsync();
        var first = Start(provider, database.ConnectionString, stub);
        var second = Start(provider, database.ConnectionString, stub);
        try
        {
            // Sign in on the first server; the cookie it issues opens a page on the second.
            var data = new TestData.TestData(() => database.CreateContext());
            var team = await data.CreateTeamAsync();
            var (_, email) = await data.CreateStaffAsync(team);
            using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
            using var http = new HttpClient(handler);
            var cookie = await SignInAsync(http, Address(first), email);
            using var onSecond = new HttpRequestMessage(HttpMethod.Get, Address(second) + "/week");
            onSecond.Headers.Add("Cookie", cookie);
            var page = await http.SendAsync(onSecond);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).ShouldContain("My week");
            await using (var db = database.CreateContext())
            {
                (await db.DataProtectionKeys.CountAsync()).ShouldBe(1, "one key ring, kept in the database, used by both servers");
            }

            // Queue messages while both workers poll, stop the first part-way and start a third: all go once.
            var now = DateTime.UtcNow;
            await using (var db = database.CreateContext())
            {
                for (var i = 0; i < Messages; i++)
                {
                    db.OutboxMessages.Add(new OutboxMessage
                    {
                        Id = Guid.CreateVersion7(), IdempotencyKey = $"multi-{i}", Purpose = MessagePurpose.AppointmentReminder, Channel = NotificationChannel.Sms,
                        Recipient = "07700900982", Subject = $"Reminder {i}", Body = $"Body {i}", NotBefore = now.AddMinutes(-1), NextAttemptAt = now.AddMinutes(-1),
                        StatusAt = now, CreatedAt = now,
                    });
                }

                await db.SaveChangesAsync();
            }

            await WaitUntilAsync(() => stub.Sends.Count() >= Messages / 4, TimeSpan.FromSeconds(60));
            await first.DisposeAsync();
            first = Start(provider, database.ConnectionString, stub);
            await WaitUntilAsync(async () =>
            {
                await using var db = database.CreateContext();
                return await db.OutboxMessages.CountAsync(m => m.Status == NotificationStatus.Queued || m.Status == NotificationStatus.Sending) == 0;
            }, TimeSpan.FromSeconds(120));

            var references = stub.Sends.Select(s => s.Body!["reference"]!.GetValue<string>()).ToList();
            references.Count.ShouldBe(Messages, "one send per message, none twice");
            references.Distinct().Count().ShouldBe(Messages);
            await using (var db = database.CreateContext())
            {
                (await db.OutboxMessages.CountAsync(m => m.Status == NotificationStatus.Sent || m.Status == NotificationStatus.Delivered)).ShouldBe(Messages);
                (await db.OutboxAttempts.Select(a => a.Worker).Distinct().CountAsync()).ShouldBeGreaterThan(1, "more than one server did some of the work");
            }
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
        }
    }

    private static WebApplicationFactory<Program> Start(DatabaseProvider provider, string connectionString, NotifyStub stub)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseTestDatabase(provider, connectionString);
            builder.UseSetting("Notifications:RunWorker", "true");
            builder.UseSetting("Notifications:PollSeconds", "0.2");
            builder.UseSetting("Notifications:BatchSize", "5");
            builder.UseSetting("Notifications:LeaseSeconds", "5");
            builder.UseSetting("Notifications:Sender", "Notify");
            builder.UseSetting("Notifications:Notify:BaseUrl", stub.BaseUrl);
            builder.UseSetting("Notifications:Notify:ApiKey", NotifyStub.ApiKey);
            builder.UseSetting("Notifications:Notify:SmsTemplateId", NotifyStub.SmsTemplateId);
            builder.UseSetting("Notifications:Notify:EmailTemplateId", NotifyStub.EmailTemplateId);
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    private static string Address(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    /// <summary>Signs in through the sign-in form and returns the cookies to send, without a cookie container.</summary>
    private static async Task<string> SignInAsync(HttpClient http, string baseUrl, string email)
    {
        var form = await http.GetAsync(baseUrl + "/sign-in");
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = WaypointApp.TokenOf(await form.Content.ReadAsStringAsync())!;
        using var post = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestData.TestData.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await http.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    }

    private static Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => WaitUntilAsync(() => Task.FromResult(condition()), timeout);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "timed out waiting");
            await Task.Delay(100);
        }
    }
}
