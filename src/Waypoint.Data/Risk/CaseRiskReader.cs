using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.People;
using Waypoint.Domain.Predictors;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.Risk;

/// <summary>
/// Reads what the predictors and the tier need from the record, for many people in a handful of queries (one per
/// kind of fact, never one per person).
/// </summary>
public static class CaseRiskReader
{
    public static readonly AssessmentStatus[] CompletedStatuses = [AssessmentStatus.Completed, AssessmentStatus.AwaitingCountersignature];

    public static async Task<Dictionary<int, CaseRiskFacts>> ReadAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, DateOnly today, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Gender, p.DateOfBirth, p.TotalSanctions, p.AgeAtFirstSanction })
            .ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => personIds.Contains(e.PersonId) && e.IsActive)
            .Select(e => new
            {
                e.PersonId,
                e.ConvictionDate,
                SentenceType = (SentenceType?)e.Sentence!.Type,
                SentenceDate = (DateOnly?)e.Sentence.SentenceDate,
                e.Sentence.ReleaseDate,
                // Every offence of the event, the main one chosen below: a "first per event" in SQL ranks every
                // offence in the database (24 ms a batch nationally).
                Offences = e.Offences.OrderBy(o => o.Id).Select(o => new { o.OffenceCode, o.OffenceDate, o.IsMain }).ToList(),
                Rehabilitative = e.Sentence.Requirements
                    .Where(r => r.Status == RequirementStatus.Active || r.Status == RequirementStatus.NotStarted)
                    .Select(r => r.Type).ToList(),
            })
            .ToListAsync(cancellationToken);
        var registrations = await db.Registrations.AsNoTracking().Where(r => personIds.Contains(r.PersonId) && r.EndedOn == null)
            .Select(r => new { r.PersonId, r.Type, r.MappaCategory, r.MappaLevel })
            .ToListAsync(cancellationToken);
        // Only each person's latest completed assessment is read in full (the answers are the bulk of the row).
        var latestIds = await db.Assessments.AsNoTracking()
            .Where(a => personIds.Contains(a.PersonId) && CompletedStatuses.Contains(a.Status))
            .Select(a => new { a.Id, a.PersonId, a.CompletedAt })
            .ToListAsync(cancellationToken);
        var wanted = latestIds.GroupBy(a => a.PersonId).Select(g => g.MaxBy(a => a.CompletedAt)!.Id).ToList();
        var assessments = wanted.Count == 0 ? [] : await db.Assessments.AsNoTracking()
            .Where(a => wanted.Contains(a.Id))
            .Select(a => new { a.PersonId, a.CompletedAt, a.AnswersJson, a.ArpScore, a.ArpStatic, a.CsrpScore, a.CsrpStatic, a.DcSrpScore, a.DcSrpBand })
            .ToListAsync(cancellationToken);

        var eventsByPerson = events.ToLookup(e => e.PersonId);
        var registrationsByPerson = registrations.ToLookup(r => r.PersonId);
        var latestAssessment = assessments.GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.CompletedAt)!);
        var facts = new Dictionary<int, CaseRiskFacts>(people.Count);
        foreach (var person in people)
        {
            var current = eventsByPerson[person.Id].OrderByDescending(e => e.ConvictionDate).FirstOrDefault();
            var main = current?.Offences.OrderByDescending(o => o.IsMain).FirstOrDefault();
            CompletedAssessmentFacts? assessment = null;
            if (latestAssessment.TryGetValue(person.Id, out var a))
            {
                assessment = new CompletedAssessmentFacts(DateOnly.FromDateTime(a.CompletedAt!.Value), AssessmentAnswers.FromJson(a.AnswersJson),
                    a.ArpScore, a.ArpStatic ?? true, a.CsrpScore, a.CsrpStatic ?? true, a.DcSrpScore, a.DcSrpBand);
            }

            facts[person.Id] = Build(person.Gender, person.DateOfBirth, person.TotalSanctions, person.AgeAtFirstSanction,
                current is null ? null : new CurrentEvent(current.ConvictionDate, current.SentenceType, current.SentenceDate, current.ReleaseDate,
                    main?.OffenceCode, main?.OffenceDate, current.Rehabilitative),
                registrationsByPerson[person.Id].Select(r => new ActiveRegistration(r.Type, r.MappaCategory, r.MappaLevel)).ToList(),
                assessment, today);
        }

        return facts;
    }

    /// <summary>The same facts from a person's loaded record (used where the record is in memory, as the demo data is).</summary>
    public static CaseRiskFacts FromRecord(Person person, CompletedAssessmentFacts? assessment, DateOnly today)
    {
        var current = person.Events.Where(e => e.IsActive).OrderByDescending(e => e.ConvictionDate).FirstOrDefault();
        var main = current?.Offences.OrderByDescending(o => o.IsMain).FirstOrDefault();
        return Build(person.Gender, person.DateOfBirth, person.TotalSanctions, person.AgeAtFirstSanction,
            current is null ? null : new CurrentEvent(current.ConvictionDate, current.Sentence?.Type, current.Sentence?.SentenceDate, current.Sentence?.ReleaseDate,
                main?.OffenceCode, main?.OffenceDate,
                current.Sentence?.Requirements.Where(r => r.Status is RequirementStatus.Active or RequirementStatus.NotStarted).Select(r => r.Type).ToList() ?? []),
            person.Registrations.Where(r => r.EndedOn is null).Select(r => new ActiveRegistration(r.Type, r.MappaCategory, r.MappaLevel)).ToList(),
            assessment, today);
    }

    private sealed record CurrentEvent(DateOnly ConvictionDate, SentenceType? SentenceType, DateOnly? SentenceDate, DateOnly? ReleaseDate,
        string? OffenceCode, DateOnly? OffenceDate, IReadOnlyList<RequirementType> Requirements);

    private static CaseRiskFacts Build(Gender gender, DateOnly dateOfBirth, int? totalSanctions, int? ageAtFirstSanction, CurrentEvent? current,
        IReadOnlyList<ActiveRegistration> registrations, CompletedAssessmentFacts? assessment, DateOnly today)
    {
        // Follow-up starts on the sentence date for community sentences and on release from custody.
        var custody = current?.SentenceType == SentenceType.CustodyWithLicence;
        var followup = custody ? current!.ReleaseDate : current?.SentenceDate;
        var record = new RecordFacts(
            gender switch { Gender.Male => PredictorGender.Male, Gender.Female => PredictorGender.Female, _ => null },
            dateOfBirth,
            current?.ConvictionDate,
            followup,
            totalSanctions,
            ageAtFirstSanction,
            current?.OffenceCode,
            current is null ? null : custody && current.ReleaseDate is { } release && release > today ? SupervisionStatus.Custody : SupervisionStatus.Community,
            current?.OffenceDate);
        return new CaseRiskFacts(
            current is not null,
            record,
            custody,
            current?.Requirements.Any(CaseTiering.IsRehabilitative) == true,
            custody ? current!.ReleaseDate : null,
            registrations,
            assessment,
            today);
    }
}
