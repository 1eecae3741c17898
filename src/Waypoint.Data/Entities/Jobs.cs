namespace Waypoint.Data.Entities;

/// <summary>
/// The last day a daily job ran, and where: with several web servers, the first to take the job's lock on a day does
/// it and the others see it done.
/// </summary>
public class ScheduledJobRun
{
    public required string Job { get; set; }
    public DateOnly LastRunOn { get; set; }
    public DateTime LastRunAt { get; set; }
    public string? LastRunBy { get; set; }
}
