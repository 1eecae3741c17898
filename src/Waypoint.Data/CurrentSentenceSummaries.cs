using Microsoft.EntityFrameworkCore;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;

namespace Waypoint.Data;

/// <summary>
/// Keeps each person's current sentence columns (<see cref="Person.CurrentSentenceType"/> and its dates) true: the
/// latest active event's sentence by conviction date, the later event on the same date. The context calls
/// <see cref="RefreshAsync"/> in the same transaction whenever it saves an added, changed or removed event or sentence.
/// Caseloads, the team pages, workload and the allocation queue then read the sentence with the person; reading it from
/// events and sentences cost two index probes a person, the largest part of the database's time for a team of 300.
/// </summary>
public static class CurrentSentenceSummaries
{
    /// <summary>Recomputes the columns from the people's events (one UPDATE; the person's edit version is not touched).</summary>
    public static Task<int> RefreshAsync(WaypointDbContext db, IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default) =>
        db.People.Where(p => personIds.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.CurrentSentenceType, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => (SentenceType?)x.Type).FirstOrDefault())
            .SetProperty(p => p.CurrentSentenceDate, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => (DateOnly?)x.SentenceDate).FirstOrDefault())
            .SetProperty(p => p.CurrentReleaseDate, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => x.ReleaseDate).FirstOrDefault())
            .SetProperty(p => p.CurrentExpectedEndDate, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => x.ExpectedEndDate).FirstOrDefault())
            .SetProperty(p => p.CurrentLicenceExpiryDate, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => x.LicenceExpiryDate).FirstOrDefault())
            .SetProperty(p => p.CurrentSentenceTerminatedOn, p => db.Sentences
                .Where(x => x.Event.PersonId == p.Id && x.Event.IsActive)
                .OrderByDescending(x => x.Event.ConvictionDate).ThenByDescending(x => x.EventId)
                .Select(x => x.TerminatedOn).FirstOrDefault()),
            cancellationToken);
}
