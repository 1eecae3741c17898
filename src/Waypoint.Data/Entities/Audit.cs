namespace Waypoint.Data.Entities;

public enum AuditAction
{
    View = 1,
    Create,
    Update,
    Delete,
    /// <summary>Someone tried to open a case they may not see.</summary>
    AccessDenied,
    SignIn,
    SignInFailed,
}

/// <summary>
/// Append-only audit entry. Written in the same transaction as the change it records, then sealed into the
/// hash chain by a single background sealer (<see cref="ChainIndex"/>, <see cref="PreviousHash"/>, <see cref="Hash"/>).
/// Keyed by (Id, RecordedAt) so the table can be partitioned by month.
/// </summary>
public class AuditEntry
{
    public Guid Id { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string Actor { get; set; }
    public int? ActorStaffMemberId { get; set; }
    public AuditAction Action { get; set; }
    public int? PersonId { get; set; }
    public string? Crn { get; set; }
    public required string EntityType { get; set; }
    public string? EntityKey { get; set; }
    /// <summary>What was viewed or changed: JSON of before and after values for changes, the page for views.</summary>
    public string? Details { get; set; }
    public long? ChainIndex { get; set; }
    public string? PreviousHash { get; set; }
    public string? Hash { get; set; }
}

/// <summary>An API client that authenticates with a key; only a hash of the key is stored.</summary>
public class ApiClient
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, to find the client without storing the key.</summary>
    public required string KeyPrefix { get; set; }
    public required string KeyHash { get; set; }
    /// <summary>Space-separated scopes, e.g. "people:read contacts:write".</summary>
    public required string Scopes { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
