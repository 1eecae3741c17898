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

        // New contacts only move the dates forward without re-reading the others; recomputing from every contact agrees.
        await using (var db = database.CreateContext())
        {
            await ContactSummaries.RefreshAsync(db, [person.Id]);
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task New_contacts_for_many_people_in_one_save_are_counted_like_one(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var data = new TestData.TestData(() => database.CreateContext());
        var (po, _) = await data.CreateStaffAsync(await data.CreateTeamAsync());
        var people = new List<Person>();
        for (var i = 0; i <= ContactSummaries.BringForwardLimit; i++)
        {
            people.Add(await data.CreatePersonOnProbationAsync(po));
        }

        var at = new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            foreach (var (person, index) in people.Select((p, i) => (p, i)))
            {
                db.Contacts.Add(new Contact { Id = Guid.CreateVersion7(at), OccurredAt = at.AddHours(index), PersonId = person.Id, Type = ContactType.OfficeVisit,
                    Outcome = ContactOutcome.AttendedAndComplied, Notes = "Seen", CreatedAt = at });
            }

            await db.SaveChangesAsync(); // over the limit: one statement recomputes them all
        }

        await using var check = database.CreateContext();
        var ids = people.Select(p => p.Id).ToList();
        var seen = await check.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.LastSeenAt);
        people.Select((p, i) => seen[p.Id]).ShouldBe(people.Select((_, i) => (DateTime?)at.AddHours(i)));
    }
}
