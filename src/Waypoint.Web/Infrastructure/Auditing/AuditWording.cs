using Waypoint.Data.Entities;

namespace Waypoint.Web.Infrastructure.Auditing;

/// <summary>Audit entries in words an auditor or a reviewer reads at a glance.</summary>
public static class AuditWording
{
    public static string Describe(AuditAction action, string entityType)
    {
        var thing = entityType switch
        {
            nameof(Person) => "case record",
            "Account" => "",
            "AuditTrail" => "audit trail",
            "DemoData" => "demo data",
            _ => Display.Words(entityType).ToLowerInvariant(),
        };
        var verb = action switch
        {
            AuditAction.View => entityType == "AuditTrail" ? "Searched" : "Viewed",
            AuditAction.Create => "Added",
            AuditAction.Update => "Changed",
            AuditAction.Delete => "Removed",
            AuditAction.AccessDenied => "Refused access to",
            AuditAction.SignIn => "Signed in",
            AuditAction.SignInFailed => "Failed to sign in",
            _ => action.ToString(),
        };
        return thing.Length == 0 ? verb : $"{verb} {thing}";
    }
}
