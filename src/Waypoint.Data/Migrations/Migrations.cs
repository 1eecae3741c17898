using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waypoint.Data.Migrations;

// Each migration names the script it runs; add new ones with the next number and a script per provider.

[DbContext(typeof(WaypointDbContext))]
[Migration("20261122000001_Baseline")]
public sealed class Baseline : ScriptMigration
{
    protected override string ScriptName => "0001_Baseline";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261122000002_AuditAppendOnly")]
public sealed class AuditAppendOnly : ScriptMigration
{
    protected override string ScriptName => "0002_AuditAppendOnly";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261122000003_KeyDateChanges")]
public sealed class KeyDateChanges : ScriptMigration
{
    protected override string ScriptName => "0003_KeyDateChanges";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261122000004_PeopleNamePrefixIndex")]
public sealed class PeopleNamePrefixIndex : ScriptMigration
{
    protected override string ScriptName => "0004_PeopleNamePrefixIndex";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261122000005_CriminalHistorySummary")]
public sealed class CriminalHistorySummary : ScriptMigration
{
    protected override string ScriptName => "0005_CriminalHistorySummary";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000006_RiskAndNeed")]
public sealed class RiskAndNeed : ScriptMigration
{
    protected override string ScriptName => "0006_RiskAndNeed";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000007_Workload")]
public sealed class Workload : ScriptMigration
{
    protected override string ScriptName => "0007_Workload";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000008_WorkloadFlags")]
public sealed class WorkloadFlags : ScriptMigration
{
    protected override string ScriptName => "0008_WorkloadFlags";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000009_WeightSets")]
public sealed class WeightSets : ScriptMigration
{
    protected override string ScriptName => "0009_WeightSets";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000010_Cover")]
public sealed class Cover : ScriptMigration
{
    protected override string ScriptName => "0010_Cover";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000011_Appointments")]
public sealed class Appointments : ScriptMigration
{
    protected override string ScriptName => "0011_Appointments";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000012_CourtReports")]
public sealed class CourtReports : ScriptMigration
{
    protected override string ScriptName => "0012_CourtReports";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000013_TemporaryReallocation")]
public sealed class TemporaryReallocation : ScriptMigration
{
    protected override string ScriptName => "0013_TemporaryReallocation";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000014_ManagementOversight")]
public sealed class ManagementOversightEntries : ScriptMigration
{
    protected override string ScriptName => "0014_ManagementOversight";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000015_WorkforceAndReferrals")]
public sealed class WorkforceAndReferrals : ScriptMigration
{
    protected override string ScriptName => "0015_WorkforceAndReferrals";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000016_SharedKeysAndWorkers")]
public sealed class SharedKeysAndWorkers : ScriptMigration
{
    protected override string ScriptName => "0016_SharedKeysAndWorkers";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000017_MonthlyPartitions")]
public sealed class MonthlyPartitions : ScriptMigration
{
    protected override string ScriptName => "0017_MonthlyPartitions";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000018_LastContact")]
public sealed class LastContact : ScriptMigration
{
    protected override string ScriptName => "0018_LastContact";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000019_AwaitingOutcomeIndex")]
public sealed class AwaitingOutcomeIndex : ScriptMigration
{
    protected override string ScriptName => "0019_AwaitingOutcomeIndex";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000020_WorkQueueIndexes")]
public sealed class WorkQueueIndexes : ScriptMigration
{
    protected override string ScriptName => "0020_WorkQueueIndexes";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000021_NameSearchOrder")]
public sealed class NameSearchOrder : ScriptMigration
{
    protected override string ScriptName => "0021_NameSearchOrder";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000022_CountersignQueueIndex")]
public sealed class CountersignQueueIndex : ScriptMigration
{
    protected override string ScriptName => "0022_CountersignQueueIndex";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000023_CurrentSentenceIndexes")]
public sealed class CurrentSentenceIndexes : ScriptMigration
{
    protected override string ScriptName => "0023_CurrentSentenceIndexes";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000024_PersonCurrentSentence")]
public sealed class PersonCurrentSentence : ScriptMigration
{
    protected override string ScriptName => "0024_PersonCurrentSentence";
}

[DbContext(typeof(WaypointDbContext))]
[Migration("20261130000025_NameSearchStatistics")]
public sealed class NameSearchStatistics : ScriptMigration
{
    protected override string ScriptName => "0025_NameSearchStatistics";
}
