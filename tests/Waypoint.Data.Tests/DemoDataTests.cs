using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.DemoData;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Data.Tests;

/// <summary>The demo generator must produce what it claims: the sentence mix, the spread of caseloads and the ethnicity mix.</summary>
public class DemoDataTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Lazy<DemoDataSet> Region = new(() => new DemoDataGenerator(new DemoDataOptions(4000, Today: Today)).Generate());

    [Fact]
    public void Sentence_mix_is_about_55_15_30()
    {
        var people = Region.Value.People;
        double Share(SentenceType type) => people.Count(p => p.Events[0].Sentence!.Type == type) / (double)people.Count;
        Share(SentenceType.CommunityOrder).ShouldBe(0.55, 0.03);
        Share(SentenceType.SuspendedSentenceOrder).ShouldBe(0.15, 0.03);
        Share(SentenceType.CustodyWithLicence).ShouldBe(0.30, 0.03);
    }

    [Fact]
    public void Caseloads_vary_widely_with_some_over_60()
    {
        var loads = Region.Value.People.Where(p => p.ResponsibleStaffMember is not null)
            .GroupBy(p => p.ResponsibleStaffMember!).Select(g => g.Count()).ToList();
        loads.Max().ShouldBeGreaterThan(60);
        loads.Min().ShouldBeLessThan(40);
        loads.Average().ShouldBe(62, 12);
        Region.Value.People.Count(p => p.ResponsibleStaffMember is null).ShouldBeInRange(80, 250);
    }

    [Fact]
    public void Ethnicity_is_close_to_the_probation_caseload()
    {
        var people = Region.Value.People;
        double Share(Func<Ethnicity, bool> group) => people.Count(p => group(p.Ethnicity)) / (double)people.Count;
        Share(e => e == Ethnicity.WhiteBritish).ShouldBe(0.72, 0.03);
        Share(e => e.ToString().StartsWith("White", StringComparison.Ordinal)).ShouldBe(0.80, 0.03);
        Share(e => e.ToString().StartsWith("Black", StringComparison.Ordinal)).ShouldBe(0.07, 0.02);
        Share(e => e.ToString().StartsWith("Asian", StringComparison.Ordinal)).ShouldBe(0.055, 0.02);
    }

    [Fact]
    public void The_organisation_has_2_pdus_8_teams_and_about_80_staff_in_a_realistic_mix()
    {
        var data = Region.Value;
        data.Region.Pdus.Count.ShouldBe(2);
        data.Region.Pdus.Sum(p => p.Teams.Count).ShouldBe(8);
        data.Staff.Count.ShouldBeInRange(70, 90);
        data.Staff.Count(s => s.Grade == Grade.Spo).ShouldBe(8);
        data.Staff.Count(s => s.Grade == Grade.Po).ShouldBeGreaterThan(data.Staff.Count(s => s.Grade == Grade.Pqip));
    }

    [Fact]
    public void Every_person_has_a_valid_crn_and_pnc_and_6_to_18_months_of_contacts_when_allocated()
    {
        var data = Region.Value;
        data.People.Where(p => !Crn.TryParse(p.Crn, out var _)).ShouldBeEmpty();
        data.People.Where(p => p.PncNumber != null && !PncNumber.TryParse(p.PncNumber, out var _)).ShouldBeEmpty();
        data.People.Select(p => p.Crn).Distinct().Count().ShouldBe(data.People.Count);
        var spans = data.Contacts.GroupBy(c => c.Person).Select(g => (g.Max(c => c.Contact.OccurredAt) - g.Min(c => c.Contact.OccurredAt)).TotalDays / 30.4).ToList();
        spans.Max().ShouldBeLessThanOrEqualTo(18.5);
        spans.Average().ShouldBeGreaterThan(5);
    }

    [Fact]
    public void The_same_seed_and_day_give_the_same_data()
    {
        var again = new DemoDataGenerator(new DemoDataOptions(4000, Today: Today)).Generate();
        again.People.Select(p => (p.Crn, p.FirstName, p.LastName, p.Ethnicity)).ShouldBe(Region.Value.People.Select(p => (p.Crn, p.FirstName, p.LastName, p.Ethnicity)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seeding_fills_an_empty_database_once_and_never_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            var result = await new DemoDataSeeder(db).SeedIfEmptyAsync(new DemoDataOptions(300, Today: Today));
            result.Seeded.ShouldBeTrue();
        }

        await using (var db = database.CreateContext())
        {
            (await new DemoDataSeeder(db).SeedIfEmptyAsync(new DemoDataOptions(300, Today: Today))).Seeded.ShouldBeFalse();
        }

        await using var check = database.CreateContext();
        (await check.People.CountAsync()).ShouldBe(300);
        (await check.Users.CountAsync(u => u.UserName == DemoAccounts.Practitioner)).ShouldBe(1);
        (await check.Contacts.CountAsync()).ShouldBeGreaterThan(300 * 10);
        (await check.ApiClients.CountAsync()).ShouldBe(1);

        // Every person's current sentence columns were filled as they were saved: the latest active event's sentence.
        var sentences = (await check.Events.AsNoTracking().Where(e => e.IsActive && e.Sentence != null)
                .Select(e => new { e.PersonId, e.Id, e.ConvictionDate, e.Sentence!.Type, e.Sentence.SentenceDate, e.Sentence.ReleaseDate, e.Sentence.ExpectedEndDate, e.Sentence.LicenceExpiryDate, e.Sentence.TerminatedOn })
                .ToListAsync())
            .GroupBy(e => e.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ConvictionDate).ThenByDescending(e => e.Id).First());
        var people = await check.People.AsNoTracking()
            .Select(p => new { p.Id, p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate, p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn })
            .ToListAsync();
        people.Count(p => p.CurrentSentenceType != null).ShouldBe(sentences.Count);
        sentences.Count.ShouldBeGreaterThan(250);
        foreach (var p in people)
        {
            var s = sentences.GetValueOrDefault(p.Id);
            (p.CurrentSentenceType, p.CurrentSentenceDate, p.CurrentReleaseDate, p.CurrentExpectedEndDate, p.CurrentLicenceExpiryDate, p.CurrentSentenceTerminatedOn)
                .ShouldBe(((SentenceType?)s?.Type, (DateOnly?)s?.SentenceDate, s?.ReleaseDate, s?.ExpectedEndDate, s?.LicenceExpiryDate, s?.TerminatedOn), $"person {p.Id}");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_national_profile_spreads_people_over_twelve_regions_with_a_full_audited_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        SeedResult result;
        await using (var db = database.CreateContext())
        {
            var options = DemoDataOptions.ForProfile("national", 1200, 7) with { Today = Today };
            result = await new DemoDataSeeder(db).SeedIfEmptyAsync(options);
        }

        await using var check = database.CreateContext();
        result.Regions.ShouldBe(12);
        (await check.Regions.CountAsync()).ShouldBe(12);
        (await check.People.CountAsync()).ShouldBe(1200);
        // One CRN letter per region, 100 people each, and no CRN or staff e-mail used twice.
        var letters = await check.People.GroupBy(p => p.Crn.Substring(0, 1)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        letters.Count.ShouldBe(12);
        letters.ShouldAllBe(l => l.Count == 100);
        (await check.StaffMembers.Select(s => s.Email).Distinct().CountAsync()).ShouldBe(await check.StaffMembers.CountAsync());
        // Teams of four case-holders; every case-holder and manager can sign in.
        var holdersPerTeam = await check.StaffMembers.Where(s => s.Grade == Grade.Po || s.Grade == Grade.Pso || s.Grade == Grade.Pqip)
            .GroupBy(s => s.TeamId).Select(g => g.Count()).ToListAsync();
        holdersPerTeam.ShouldAllBe(c => c >= 4);
        (await check.Users.CountAsync(u => u.StaffMemberId != null)).ShouldBe(result.Staff);
        // Staff who hold no cases too (10,000 staff of whom about 4,000 hold cases, nationally): five administrators a team.
        var administratorsPerTeam = await check.StaffMembers.Where(s => s.Grade == Grade.Administrator)
            .GroupBy(s => s.TeamId).Select(g => g.Count()).ToListAsync();
        administratorsPerTeam.Count.ShouldBe(await check.Teams.CountAsync());
        administratorsPerTeam.ShouldAllBe(c => c >= 5);

        // A timeline of over 50 pages for the load run: one of the demo practitioner's people was supervised for ten years
        // before this sentence, on earlier orders that have all ended.
        var practitionerId = await check.Users.Where(u => u.UserName == DemoAccounts.Practitioner).Select(u => u.StaffMemberId).SingleAsync();
        var longest = await check.People.Where(p => p.ResponsibleStaffMemberId == practitionerId)
            .Select(p => new
            {
                Contacts = check.Contacts.Count(c => c.PersonId == p.Id),
                Events = p.Events.Count,
                Active = p.Events.Count(e => e.IsActive),
                Ended = p.Events.Count(e => !e.IsActive && e.Sentence!.TerminatedOn != null),
            })
            .OrderByDescending(p => p.Contacts).FirstAsync();
        longest.Contacts.ShouldBeGreaterThan(50 * 20);
        longest.Events.ShouldBeGreaterThan(4);
        longest.Active.ShouldBe(1);
        longest.Ended.ShouldBe(longest.Events - 1);

        // The dense history: about 60 contacts and 16 past appointments per allocated person, each audited and sealed.
        var allocated = await check.People.CountAsync(p => p.ResponsibleStaffMemberId != null);
        ((double)result.Contacts / allocated).ShouldBeInRange(45, 75);
        ((double)result.HistoryAppointments / allocated).ShouldBeInRange(12, 22);
        (await check.Contacts.CountAsync()).ShouldBe(result.Contacts);
        result.AuditEntries.ShouldBe(result.Contacts + result.HistoryAppointments);
        var verified = await Auditing.AuditTrail.VerifyAsync(check);
        verified.IsIntact.ShouldBeTrue();
        verified.SealedEntries.ShouldBe(result.AuditEntries);
        verified.UnsealedEntries.ShouldBe(1); // the seeding's own entry, left for the sealer
    }
}
