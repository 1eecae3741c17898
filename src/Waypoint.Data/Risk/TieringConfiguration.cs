using System.Globalization;
using Microsoft.Extensions.Configuration;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Risk;

/// <summary>
/// Reads which tier framework is in force: <c>Tiering:Framework</c> ("current", the default, or "protect-change") and
/// optionally <c>Tiering:FrameworkFrom</c> (an ISO date; before it the other framework is in force).
/// </summary>
public static class TieringConfiguration
{
    public static TierFrameworkPolicy Read(IConfiguration configuration)
    {
        var framework = (configuration["Tiering:Framework"] ?? "current").Trim().ToLowerInvariant() switch
        {
            "current" => TierFramework.Current,
            "protect-change" or "protectchange" => TierFramework.ProtectChange,
            var other => throw new InvalidOperationException($"Tiering:Framework must be 'current' or 'protect-change', not '{other}'."),
        };
        DateOnly? from = configuration["Tiering:FrameworkFrom"] is { Length: > 0 } text
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
        return new TierFrameworkPolicy(framework, from);
    }
}
