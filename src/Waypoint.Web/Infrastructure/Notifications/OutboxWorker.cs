using Waypoint.Data;
using Waypoint.Data.Outbox;

namespace Waypoint.Web.Infrastructure.Notifications;

/// <summary>Runs the outbox: sends due messages, then waits a few seconds when there is nothing to send.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxDispatcher dispatcher, NotificationSettings settings, TimeProvider clock, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private readonly string owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
                claimed = await dispatcher.DispatchOnceAsync(db, owner, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox pass failed; trying again shortly");
            }

            if (claimed == 0)
            {
                await Task.Delay(settings.PollInterval, clock, stoppingToken);
            }
        }
    }
}
