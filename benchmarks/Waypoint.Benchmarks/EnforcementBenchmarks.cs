using BenchmarkDotNet.Attributes;
using Waypoint.Domain.Appointments;
using Waypoint.Domain.Enforcement;
using Waypoint.Domain.Notifications;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Benchmarks;

/// <summary>The appointment and enforcement rules, per call: a booking check against a busy day, the evidence rule and the policy.</summary>
[MemoryDiagnoser]
public class EnforcementBenchmarks
{
    private static readonly DateTime Start = new(2026, 12, 3, 10, 0, 0);
    private readonly List<BookedSlot> personsDay = Enumerable.Range(0, 3).Select(i => new BookedSlot(Start.AddHours(i * 3 - 2), Start.AddHours(i * 3 - 1), "a session")).ToList();
    private readonly List<BookedSlot> practitionersDay = Enumerable.Range(0, 8).Select(i => new BookedSlot(Start.Date.AddHours(9 + i), Start.Date.AddHours(9 + i).AddMinutes(50), "an appointment")).ToList();
    private readonly List<WeeklyCommitment> commitments = [new(CommitmentKind.Employment, DayOfWeek.Thursday, new TimeOnly(13, 0), new TimeOnly(21, 0), "shift")];
    private readonly List<NotificationFact> facts =
    [
        new(NotificationChannel.Sms, NotificationStatus.Failed, Start.AddDays(-7), MessagePurpose.AppointmentBooked),
        new(NotificationChannel.Sms, NotificationStatus.Delivered, Start.AddDays(-2), MessagePurpose.AppointmentReminder),
        new(NotificationChannel.Sms, NotificationStatus.Delivered, Start.AddHours(-2), MessagePurpose.AppointmentReminder),
    ];
    private readonly DateOnly[] warnings = [new(2026, 5, 1), new(2025, 1, 1)];

    [Benchmark]
    public IReadOnlyList<BookingWarning> BookingCheck() => BookingChecks.Check(Start, Start.AddHours(1), BookingRules.Default, personsDay, practitionersDay, commitments);

    [Benchmark]
    public NotificationEvidenceResult NotificationEvidenceRule() => NotificationEvidence.Check(Start, facts);

    [Benchmark]
    public EnforcementRecommendation EnforcementPolicyRecommendation() => EnforcementPolicy.Default.Recommend(SentenceType.CommunityOrder, new DateOnly(2026, 12, 3), warnings);
}
