using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Infrastructure.Auditing;

/// <summary>Records reads of a person's record and refused attempts. Changes are audited by the DbContext itself.</summary>
public sealed class AuditLog(WaypointDbContext db, CurrentUser user)
{
    public Task RecordViewAsync(int personId, string crn, string what, CancellationToken cancellationToken) =>
        WriteAsync(AuditAction.View, personId, crn, what, cancellationToken);

    public Task RecordDeniedAsync(int personId, string crn, string what, CancellationToken cancellationToken) =>
        WriteAsync(AuditAction.AccessDenied, personId, crn, what, cancellationToken);

    public Task RecordAsync(AuditAction action, string entityType, string details, CancellationToken cancellationToken) =>
        WriteAsync(action, null, null, details, cancellationToken, entityType);

    /// <summary>Sign-in attempts are recorded under the name typed, since no one is signed in yet.</summary>
    public Task RecordSignInAsync(string userName, bool succeeded, string outcome, CancellationToken cancellationToken) =>
        WriteAsync(succeeded ? AuditAction.SignIn : AuditAction.SignInFailed, null, null, outcome, cancellationToken, "Account", userName);

    private async Task WriteAsync(AuditAction action, int? personId, string? crn, string what, CancellationToken cancellationToken, string entityType = nameof(Person), string? actor = null)
    {
        var now = DateTime.UtcNow;
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            RecordedAt = now,
            Actor = actor ?? user.Name,
            ActorStaffMemberId = user.StaffMemberId,
            Action = action,
            PersonId = personId,
            Crn = crn,
            EntityType = entityType,
            EntityKey = personId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Details = what,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
