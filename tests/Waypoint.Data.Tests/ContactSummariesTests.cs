using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>Each person's last contact and last attended supervision contact follow every saved change to their contacts.</summary>
public class ContactSummariesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_contacts_keeps_the_last_contact_and_last_seen_dates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var person = await data.CreatePersonOnProbationAsync(po);
        var other = await data.CreatePersonOnProbationAsync(po);
        var monday = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);

        async Task<(DateTime? Contact, DateTime? Seen, DateTime? Attended)> DatesAsync(int id)
        {
            await using var db = database.CreateContext();
            var p = await db.People.AsNoTracking().SingleAsync(x => x.Id == id);
            return (p.LastContactAt, p.LastSeenAt, p.LastAttendedAt);
        }

        Contact New(DateTime at, ContactType type, ContactOutcome? outcome) =>
            new() { Id = Guid.CreateVersion7(at), OccurredAt = at, PersonId = person.Id, Type = type, Outcome = outcome, Notes = type.ToString(), CreatedAt = at };

        (await DatesAsync(person.Id)).ShouldBe((null, null, null));
        var visit = New(monday, ContactType.OfficeVisit, ContactOutcome.AttendedAndComplied);
        await using (var db = database.CreateContext())
        {
            db.Contacts.Add(visit);
            await db.SaveChangesAsync();
        }

        (await DatesAsync(person.Id)).ShouldBe((monday, monday, monday));

        // Later: an e-mail counts as contact but not as being seen or attending; a case note and a missed appointment count
        // as none of them; an attended unpaid work session is attendance but not a supervision contact.
        await using (var db = database.CreateContext())
        {
            db.Contacts.Add(New(monday.AddDays(1), ContactType.Email, null));
            db.Contacts.Add(New(monday.AddDays(2), ContactType.CaseNote, null));
            db.Contacts.Add(New(monday.AddDays(3), ContactType.HomeVisit, ContactOutcome.FailedToAttend));
            db.Contacts.Add(New(monday.AddHours(-2), ContactType.UnpaidWorkSession, ContactOutcome.AttendedAndComplied));
            await db.SaveChangesAsync();
        }

        (await DatesAsync(person.Id)).ShouldBe((monday.AddDays(1), monday, monday));

        // Correcting the visit's outcome to a failure takes it out of both dates.
        await using (var db = database.CreateContext())
        {
            var tracked = await db.Contacts.SingleAsync(c => c.Id == visit.Id);
            tracked.Outcome = ContactOutcome.FailedToAttend;
            await db.SaveChangesAsync();
        }

        (await DatesAsync(person.Id)).ShouldBe((monday.AddDays(1), null, monday.AddHours(-2)));
        (await DatesAsync(other.Id)).ShouldBe((null, null, null));
    }
}
