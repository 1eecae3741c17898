namespace Waypoint.Data.Auditing;

/// <summary>Who is acting: the signed-in user, an API client, or a system process.</summary>
public interface IAuditActor
{
    string Name { get; }
    int? StaffMemberId { get; }
}

public sealed class SystemActor(string name) : IAuditActor
{
    public string Name { get; } = name;
    public int? StaffMemberId => null;
}
