using Waypoint.Data;
using Waypoint.Data.Auditing;

namespace Waypoint.Web.Infrastructure.Auditing;

/// <summary>The single background sealer: chains new audit entries every few seconds, so writers never queue on a lock.</summary>
public sealed class AuditSealer(IServiceScopeFactory scopes, ILogger<AuditSealer> logger, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Audit:SealIntervalSeconds", 5));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<WaypointDbContext>();
                var sealedCount = await AuditTrail.SealAllAsync(db, stoppingToken);
                if (sealedCount > 0)
                {
                    logger.LogDebug("Sealed {Count} audit entries", sealedCount);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed round leaves entries unsealed; the next round picks them up.
                logger.LogWarning(ex, "Audit sealing round failed; will retry");
            }
        }
    }
}
