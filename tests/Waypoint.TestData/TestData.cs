using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Access;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.People;
using Waypoint.Domain.Sentencing;

namespace Waypoint.TestData;

/// <summary>
/// Builders for test records with sensible defaults: each test states only what matters to it. Every builder
/// saves through the real DbContext, so audit and concurrency behave as in the product.
/// </summary>
public sealed class TestData(Func<WaypointDbContext> createContext)
{
    public const string Password = "Test-password-123";

    private static readonly string PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(null!, Password);
    private static int crnSequence = 900_000;
    private static int codeSequence;

    public async Task<Team> CreateTeamAsync(string? name = null)
    {
        var n = Interlocked.Increment(ref codeSequence);
        await using var db = createContext();
        var region = new Region { Code = $"R{n:D4}", Name = $"Region {n}" };
        var pdu = new Pdu { Code = $"P{n:D4}", Name = $"PDU {n}", Region = region };
        var team = new Team { Code = $"T{n:D4}", Name = name ?? $"Team {n}", Pdu = pdu };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    public async Task<Team> CreateTeamInSamePduAsync(Team sibling, string? name = null)
    {
        var n = Interlocked.Increment(ref codeSequence);
        await using var db = createContext();
        var team = new Team { Code = $"T{n:D4}", Name = name ?? $"Team {n}", PduId = sibling.PduId };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team;
    }

    /// <summary>Creates a member of staff with a sign-in account (email is the user name) in the role their grade implies.</summary>
    public async Task<(StaffMember Staff, string Email)> CreateStaffAsync(Team team, Grade grade = Grade.Po, string? firstName = null, VettingLevel? vetting = VettingLevel.SecurityCheck)
    {
        var n = Interlocked.Increment(ref codeSequence);
        await using var db = createContext();
        var email = $"staff{n}.{Guid.NewGuid():N}@test.example";
        var staff = new StaffMember
        {
            StaffCode = $"S{n:D6}",
            TeamId = team.Id,
            FirstName = firstName ?? $"Staff{n}",
            LastName = "Tester",
            Email = email,
            Grade = grade,
            ContractedHours = 37,
            VettingLevel = vetting,
            VettingGranted = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1),
            VettingExpires = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(4),
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        await CreateAccountAsync(db, email, staff.FullName, Data.DemoData.DemoDataSeeder.RoleFor(grade), staff.Id);
        return (staff, email);
    }

    /// <summary>An account with no staff record, e.g. an auditor.</summary>
    public async Task<string> CreateAccountAsync(string role)
    {
        await using var db = createContext();
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@test.example";
        await CreateAccountAsync(db, email, role, role, null);
        return email;
    }

    private static async Task CreateAccountAsync(WaypointDbContext db, string email, string displayName, string role, int? staffId)
    {
        var roleRow = db.Roles.SingleOrDefault(r => r.Name == role);
        if (roleRow is null)
        {
            roleRow = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(roleRow);
        }

        var user = Data.DemoData.DemoDataSeeder.NewUser(email, displayName, PasswordHash);
        user.StaffMemberId = staffId;
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleRow.Id });
        await db.SaveChangesAsync();
    }

    public static string NextCrn() => Crn.FromSequence('T', Interlocked.Increment(ref crnSequence)).Value;

    /// <summary>Creates a person on probation with a current community order, allocated to the given practitioner.</summary>
    public async Task<Person> CreatePersonOnProbationAsync(
        StaffMember? practitioner = null,
        string? firstName = null,
        string? lastName = null,
        SentenceType sentenceType = SentenceType.CommunityOrder,
        IEnumerable<RegistrationType>? flags = null,
        int contacts = 0)
    {
        await using var db = createContext();
        var first = firstName ?? "Alex";
        var last = lastName ?? $"Person{Interlocked.Increment(ref codeSequence)}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var keyDates = KeyDateRules.Derive(sentenceType, today.AddMonths(-3), 12);
        var person = new Person
        {
            Crn = NextCrn(),
            FirstName = first,
            LastName = last,
            SearchFirstName = first.ToUpperInvariant(),
            SearchLastName = last.ToUpperInvariant(),
            DateOfBirth = new DateOnly(1990, 5, 17),
            Gender = Gender.Male,
            Ethnicity = Ethnicity.WhiteBritish,
            PncNumber = PncNumber.Create(2010, Random.Shared.Next(1, 9_999_999)).ToString(),
            Phone = "07700 900982",
            PreferredContactMethod = PreferredContactMethod.Sms,
            ResponsibleStaffMemberId = practitioner?.Id,
            ResponsibleTeamId = practitioner?.TeamId,
        };
        var ev = new ConvictionEvent { EventNumber = 1, Court = "Test Magistrates' Court", ConvictionDate = keyDates.StartDate, IsActive = true };
        ev.Offences.Add(new Offence { OffenceCode = "04600", Description = "Theft from a shop", IsMain = true });
        ev.Sentence = new Sentence
        {
            Type = sentenceType, SentenceDate = keyDates.StartDate, LengthMonths = 12, StartDate = keyDates.StartDate,
            ExpectedEndDate = keyDates.ExpectedEndDate, ReleaseDate = keyDates.ReleaseDate, LicenceExpiryDate = keyDates.LicenceExpiryDate,
            SentenceExpiryDate = keyDates.SentenceExpiryDate, PostSentenceSupervisionEndDate = keyDates.PostSentenceSupervisionEndDate,
        };
        if (sentenceType != SentenceType.CustodyWithLicence)
        {
            ev.Sentence.Requirements.Add(new Requirement { Type = RequirementType.UnpaidWork, Length = 150, Completed = 62, Status = RequirementStatus.Active, StartDate = keyDates.StartDate });
        }

        person.Events.Add(ev);
        if (practitioner is not null)
        {
            person.Allocations.Add(new Allocation { StaffMemberId = practitioner.Id, TeamId = practitioner.TeamId, From = keyDates.StartDate, Reason = "Initial allocation" });
        }

        foreach (var flag in flags ?? [])
        {
            person.Registrations.Add(new Registration
            {
                Type = flag, MappaCategory = flag == RegistrationType.Mappa ? 2 : null, MappaLevel = flag == RegistrationType.Mappa ? 1 : null,
                StartDate = keyDates.StartDate, NextReviewDate = today.AddMonths(3), Notes = $"{flag} notes", AddedByStaffMemberId = practitioner?.Id ?? 0,
            });
        }

        db.People.Add(person);
        await db.SaveChangesAsync();
        for (var i = 0; i < contacts; i++)
        {
            var at = DateTime.UtcNow.AddDays(-i - 1);
            db.Contacts.Add(new Contact { Id = Guid.CreateVersion7(at), OccurredAt = at, PersonId = person.Id, Type = ContactType.OfficeVisit, Outcome = ContactOutcome.AttendedAndComplied, Notes = $"Contact {i + 1}", CreatedAt = at, AuthorStaffMemberId = practitioner?.Id });
        }

        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>Puts named staff on a case's exclusion or restriction list.</summary>
    public async Task RestrictAsync(Person person, CaseAccessListKind kind, params StaffMember[] staff)
    {
        await using var db = createContext();
        var tracked = await db.People.FindAsync(person.Id) ?? throw new InvalidOperationException("No such person");
        foreach (var member in staff)
        {
            db.CaseAccessEntries.Add(new CaseAccessEntry { PersonId = person.Id, StaffMemberId = member.Id, Kind = kind, Reason = "Test", AddedAt = DateTime.UtcNow });
        }

        if (kind == CaseAccessListKind.Exclusion)
        {
            tracked.HasExclusions = true;
        }
        else
        {
            tracked.HasRestrictions = true;
        }

        await db.SaveChangesAsync();
    }

    public async Task LinkAsync(Person a, Person b, PersonLinkType type)
    {
        await using var db = createContext();
        db.PersonLinks.Add(new PersonLink { PersonId = a.Id, LinkedPersonId = b.Id, LinkType = type });
        db.PersonLinks.Add(new PersonLink { PersonId = b.Id, LinkedPersonId = a.Id, LinkType = type });
        await db.SaveChangesAsync();
    }

    /// <summary>Takes the practitioner off a case (it waits in the same team) and gives it a protect/change tier.</summary>
    public async Task UnallocateAsync(Person person, string protectChangeTier)
    {
        await using var db = createContext();
        var p = await db.People.SingleAsync(x => x.Id == person.Id);
        p.ResponsibleStaffMemberId = null;
        p.ProtectChangeTier = protectChangeTier;
        foreach (var open in await db.Allocations.Where(a => a.PersonId == person.Id && a.To == null).ToListAsync())
        {
            db.Allocations.Remove(open); // it never had a practitioner
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The criminal-history facts the predictors read from the record, and the main offence's code.</summary>
    public async Task SetCriminalHistoryAsync(Person person, int totalSanctions, int ageAtFirstSanction, string offenceCode)
    {
        await using var db = createContext();
        var p = await db.People.SingleAsync(x => x.Id == person.Id);
        p.TotalSanctions = totalSanctions;
        p.AgeAtFirstSanction = ageAtFirstSanction;
        var offence = await db.Offences.FirstAsync(o => db.Events.Any(e => e.Id == o.EventId && e.PersonId == person.Id));
        offence.OffenceCode = offenceCode;
        await db.SaveChangesAsync();
    }

    public async Task<OfficeLocation> CreateOfficeAsync(int pduId, string name = "Test Probation Office")
    {
        await using var db = createContext();
        var office = new OfficeLocation { PduId = pduId, Name = name, Address = "1 Test Street, Testtown", Postcode = "TT1 1TT", Phone = "0300 000 0000" };
        db.OfficeLocations.Add(office);
        await db.SaveChangesAsync();
        return office;
    }

    /// <summary>
    /// An appointment written straight to the record (past ones cannot be booked through the page), with the booking
    /// message in the given state, or no message at all.
    /// </summary>
    public async Task<Appointment> CreateAppointmentAsync(Person person, StaffMember staff, DateTime startUtc,
        Domain.Notifications.NotificationStatus? told = Domain.Notifications.NotificationStatus.Delivered,
        Domain.Appointments.AppointmentType type = Domain.Appointments.AppointmentType.Supervision)
    {
        await using var db = createContext();
        var appointment = new Appointment
        {
            PersonId = person.Id, Type = type, Start = startUtc, End = startUtc.AddHours(1), LocationKind = Domain.Appointments.AppointmentLocationKind.Phone,
            StaffMemberId = staff.Id, CreatedAt = startUtc.AddDays(-7), CreatedBy = "test",
        };
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync();
        if (told is { } status)
        {
            var at = startUtc.AddDays(-7);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(), IdempotencyKey = $"appointment-{appointment.Id}-booked-sms", PersonId = person.Id, AppointmentId = appointment.Id,
                Purpose = Domain.Notifications.MessagePurpose.AppointmentBooked, Channel = Domain.Notifications.NotificationChannel.Sms, Recipient = person.Phone ?? "07700 900000",
                Subject = "Probation appointment", Body = "Test", NotBefore = at, NextAttemptAt = at, Status = status, StatusAt = at.AddMinutes(1), CreatedAt = at, Attempts = 1,
            });
            await db.SaveChangesAsync();
        }

        return appointment;
    }

    public async Task<string> CreateApiClientAsync(string scopes)
    {
        await using var db = createContext();
        var key = Data.DemoData.ApiKeys.NewKey($"t{Interlocked.Increment(ref codeSequence):D6}");
        db.ApiClients.Add(new ApiClient { Name = $"Test client {codeSequence}", KeyPrefix = Data.DemoData.ApiKeys.PrefixOf(key)!, KeyHash = Data.DemoData.ApiKeys.Hash(key), Scopes = scopes, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return key;
    }
}
