using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Waypoint.Data.Entities;
using Waypoint.Domain.Organisation;

namespace Waypoint.Data.DemoData;

/// <summary>The demo sign-ins and API key. They exist only in generated demo data, never in a real database.</summary>
public static class DemoAccounts
{
    public const string Password = "Waypoint-demo-1";
    public const string Practitioner = "practitioner@waypoint.example";
    public const string SeniorProbationOfficer = "spo@waypoint.example";
    public const string HeadOfPdu = "head.of.pdu@waypoint.example";
    public const string Administrator = "admin@waypoint.example";
    public const string Auditor = "auditor@waypoint.example";
    /// <summary>A practitioner in another PDU, useful to see how access rules look from outside a team.</summary>
    public const string OtherPractitioner = "practitioner2@waypoint.example";

    public const string ApiKey = "wp_demo0001_Xq3v9LrT2mKp8sWc5nZb7hJd4fGy6aEu";
    public const string ApiScopes = "people:read contacts:read contacts:write predictors:calculate tiering:calculate workload:calculate workload:read allocations:write appointments:read appointments:write";
}

public sealed record SeedResult(bool Seeded, int People, int Contacts, TimeSpan Elapsed)
{
    public int Regions { get; init; }
    public int Staff { get; init; }
    public int HistoryAppointments { get; init; }
    public int AuditEntries { get; init; }
}

public sealed class DemoDataSeeder(WaypointDbContext db)
{
    private const int PeopleBatch = 500;
    private const int ContactBatch = 5000;

    public async Task<SeedResult> SeedIfEmptyAsync(DemoDataOptions options, CancellationToken cancellationToken = default)
    {
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            return new SeedResult(false, 0, 0, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        // On PostgreSQL the history's months get their own partitions before any contact is written (they would
        // otherwise stay in the default partition for good).
        await MonthlyPartitions.EnsureAsync(db, options.ReferenceDate.AddMonths(-DemoDataGenerator.HistoryMonths), options.ReferenceDate.AddMonths(MonthlyPartitions.MonthsAhead), cancellationToken);
        db.AuditChanges = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var history = options.DenseHistory ? new DemoHistory(db, DetachAllButOrganisation) : null;
        if (history is not null)
        {
            await history.StartChainAsync(cancellationToken);
        }

        var pastAppointments = new List<HistoryAppointment>();
        var organisations = new List<DemoOrganisation>();
        var people = 0;
        var contacts = 0;
        for (var regionIndex = 0; regionIndex < Math.Min(options.Regions, DemoRegions.All.Count); regionIndex++)
        {
            var generator = new DemoDataGenerator(options, regionIndex);
            organisation = generator.GenerateOrganisation();
            organisations.Add(organisation);
            db.ChangeTracker.Clear();
            db.Regions.Add(organisation.Region);
            await db.SaveChangesAsync(cancellationToken);
            await AddAccountsAsync(organisation, named: regionIndex == 0, cancellationToken);
            var staffById = organisation.Staff.ToDictionary(s => s.Id);

            foreach (var batch in generator.GeneratePeople(organisation, PeopleBatch))
            {
                db.People.AddRange(batch.People);
                await db.SaveChangesAsync(cancellationToken);
                db.PersonLinks.AddRange(batch.Links.Select(l => new PersonLink { PersonId = l.Person.Id, LinkedPersonId = l.LinkedPerson.Id, LinkType = l.LinkType, Notes = l.Notes }));
                await db.SaveChangesAsync(cancellationToken);
                DetachAllButOrganisation();

                foreach (var (person, contact) in batch.Contacts)
                {
                    contact.PersonId = person.Id;
                    contact.AuthorStaffMemberId = contact.Author?.Id;
                    contact.Author = null;
                }

                await WriteContactsAsync(batch.Contacts.Select(c => c.Contact).ToList(), cancellationToken);
                if (db.Database.IsNpgsql())
                {
                    // COPY bypasses the context, which otherwise keeps each person's contact dates.
                    await ContactSummaries.RefreshAsync(db, batch.People.Select(p => p.Id).ToList(), cancellationToken);
                }

                if (history is not null)
                {
                    string Actor(Contact c) => userNames.GetValueOrDefault(c.AuthorStaffMemberId ?? 0, "system");
                    await history.AuditContactsAsync(batch.Contacts.Select(c => (c.Contact, c.Person.Crn, Actor(c.Contact))), cancellationToken);
                    pastAppointments.AddRange(batch.Contacts
                        .Where(c => c.Contact.Type is ContactType.OfficeVisit or ContactType.HomeVisit && c.Contact.Outcome is not null && c.Contact.AuthorStaffMemberId is not null)
                        .Select(c => new HistoryAppointment(c.Person.Id, c.Person.Crn, c.Contact.AuthorStaffMemberId!.Value, staffById[c.Contact.AuthorStaffMemberId.Value].Team.Pdu.Id,
                            c.Contact.OccurredAt, c.Contact.Type, c.Contact.Outcome!.Value, Actor(c.Contact))));
                }

                people += batch.People.Count;
                contacts += batch.Contacts.Count;
            }
        }

        // Appointments and reports first: completed reports count in the workload snapshots written next.
        await DemoAppointments.AddAsync(db, options, cancellationToken);
        var historyAppointments = history is null ? 0 : await history.AddAppointmentsAsync(pastAppointments, cancellationToken);
        pastAppointments.Clear();
        foreach (var region in organisations)
        {
            organisation = region;
            await AddWorkloadAsync(region, options, cancellationToken);
        }

        await DemoWorkforce.AddAsync(db, options, cancellationToken);
        await DemoReferrals.AddAsync(db, options, cancellationToken);
        DetachAllButOrganisation();

        var now = DateTime.UtcNow;
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            RecordedAt = now,
            Actor = db.Actor.Name,
            Action = AuditAction.Create,
            EntityType = "DemoData",
            Details = $"{{\"people\":{people},\"contacts\":{contacts},\"regions\":{organisations.Count},\"seed\":{options.Seed}}}",
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.AuditChanges = true;
        return new SeedResult(true, people, contacts, clock.Elapsed)
        {
            Regions = organisations.Count,
            Staff = organisations.Sum(o => o.Staff.Count),
            HistoryAppointments = historyAppointments,
            AuditEntries = history?.AuditEntries ?? 0,
        };
    }

    /// <summary>
    /// Reductions (every trainee's preset, and a few agreed ones) and workload snapshots: today's figure from the record,
    /// and a weekly history for the last 12 weeks drawn around it so the trend has something to show.
    /// </summary>
    private async Task AddWorkloadAsync(DemoOrganisation organisation, DemoDataOptions options, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var today = options.ReferenceDate;
        var created = DateTime.UtcNow;
        foreach (var member in organisation.Holders)
        {
            var reductions = new List<Domain.Workload.Reduction>();
            if (member.Grade == Domain.Organisation.Grade.Pqip && member.TraineeStartDate is { } start)
            {
                reductions.AddRange(Domain.Workload.ReductionRules.TraineePreset(start));
            }
            else if (random.NextDouble() < 0.15)
            {
                reductions.Add(random.Next(3) switch
                {
                    0 => new Domain.Workload.Reduction(Domain.Workload.ReductionReason.TradeUnionFacilityTime, today.AddMonths(-3), today.AddMonths(9), Percent: 10m),
                    1 => new Domain.Workload.Reduction(Domain.Workload.ReductionReason.CourtDuty, today.AddMonths(-1), today.AddDays(random.Next(5, 60)), Hours: 3.7m),
                    _ => new Domain.Workload.Reduction(Domain.Workload.ReductionReason.PhasedReturn, today.AddDays(-20), today.AddDays(random.Next(10, 40)), Hours: 15m),
                });
            }

            if (random.NextDouble() < 0.04)
            {
                // Someone off sick this week: their due work shows on the SPO's cover board.
                db.StaffAbsences.Add(new StaffAbsence
                {
                    StaffMemberId = member.Id, Kind = random.Next(3) == 0 ? AbsenceKind.Leave : AbsenceKind.Sickness,
                    From = today.AddDays(-random.Next(0, 3)), To = today.AddDays(random.Next(2, 10)), CreatedBy = "demo data", CreatedAt = created,
                });
            }

            db.StaffReductions.AddRange(reductions.Select(r => new StaffReduction
            {
                StaffMemberId = member.Id, Reason = r.Reason, Hours = r.Hours, Percent = r.Percent, Start = r.Start, End = r.End, CreatedBy = "demo data", CreatedAt = created,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var workloads = await Risk.WorkloadRecalculator.RecalculateAsync(db, organisation.Holders.Select(h => h.Id).ToList(), today, cancellationToken);
        foreach (var w in workloads)
        {
            var drift = random.NextDouble() * 0.3 - 0.15;
            for (var week = 1; week <= 12; week++)
            {
                var factor = 1 + (drift * week / 12.0) + ((random.NextDouble() - 0.5) * 0.06);
                var total = (int)Math.Round(w.Result.TotalPoints * factor);
                db.WorkloadSnapshots.Add(new WorkloadSnapshot
                {
                    StaffMemberId = w.StaffMemberId, Date = today.AddDays(-7 * week), TotalPoints = total, AvailablePoints = w.Result.AvailablePoints,
                    CapacityPercent = Domain.Workload.WorkloadCalculator.Percent(total, w.Result.AvailablePoints), Cases = (int)Math.Round(w.Cases * factor), UpdatedAt = created,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        DetachAllButOrganisation();
    }

    /// <summary>
    /// Contacts are most of the volume: PostgreSQL takes them by binary COPY; SQLite through EF in batches inside
    /// one connection (fast enough there, and it keeps EF's storage format for GUIDs and dates).
    /// </summary>
    private async Task WriteContactsAsync(List<Contact> contacts, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await BulkCopy.WriteAsync(db, "Contacts",
                ["Id", "OccurredAt", "PersonId", "Type", "AuthorStaffMemberId", "RecordedByClient", "Outcome", "Notes", "IsSensitive", "CreatedAt", "EditedAt", "Version"],
                contacts, async (importer, c, ct) =>
                {
                    await importer.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
                    await importer.WriteAsync(c.OccurredAt, NpgsqlDbType.TimestampTz, ct);
                    await importer.WriteAsync(c.PersonId, NpgsqlDbType.Integer, ct);
                    await importer.WriteAsync(c.Type.ToString(), NpgsqlDbType.Varchar, ct);
                    await importer.WriteNullableAsync(c.AuthorStaffMemberId, NpgsqlDbType.Integer, ct);
                    await importer.WriteNullableAsync(c.RecordedByClient, NpgsqlDbType.Varchar, ct);
                    await importer.WriteNullableAsync(c.Outcome?.ToString(), NpgsqlDbType.Varchar, ct);
                    await importer.WriteAsync(c.Notes, NpgsqlDbType.Varchar, ct);
                    await importer.WriteAsync(c.IsSensitive, NpgsqlDbType.Boolean, ct);
                    await importer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                    await importer.WriteNullableAsync(c.EditedAt, NpgsqlDbType.TimestampTz, ct);
                    await importer.WriteAsync(c.Version, NpgsqlDbType.Integer, ct);
                }, cancellationToken);

            return;
        }

        foreach (var chunk in contacts.Chunk(ContactBatch))
        {
            db.Contacts.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            DetachAllButOrganisation();
        }
    }

    private DemoOrganisation? organisation;

    /// <summary>
    /// Starts the next batch with an empty change tracker (detaching entry by entry leaves EF's internal maps growing
    /// with every batch), with the organisation attached again so new records can point at their staff.
    /// </summary>
    private void DetachAllButOrganisation()
    {
        db.ChangeTracker.Clear();
        if (organisation is not null)
        {
            db.AttachRange(organisation.Staff);
        }
    }

    private Dictionary<string, IdentityRole>? roles;
    private string? passwordHash;

    /// <summary>Each staff member's sign-in name (the audit trail's actor).</summary>
    private readonly Dictionary<int, string> userNames = [];

    /// <summary>A sign-in for every member of staff; the named demo accounts (and the auditor and API client) in the first region.</summary>
    private async Task AddAccountsAsync(DemoOrganisation data, bool named, CancellationToken cancellationToken)
    {
        if (roles is null)
        {
            roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() });
            db.Roles.AddRange(roles.Values);
            // One hash for every demo account: hashing is deliberately slow, and these accounts share one password.
            passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(null!, DemoAccounts.Password);
        }

        var names = new Dictionary<StaffMember, string>();
        if (named)
        {
            var busiest = data.BusiestOfficer;
            var other = data.Holders.Zip(data.Shares).Where(h => h.First.Team.Pdu != busiest.Team.Pdu && h.First.Grade == Grade.Po).MaxBy(h => h.Second).First;
            names[busiest] = DemoAccounts.Practitioner;
            names[other] = DemoAccounts.OtherPractitioner;
            names[data.Staff.First(s => s.Team == busiest.Team && s.Grade == Grade.Spo)] = DemoAccounts.SeniorProbationOfficer;
            names[data.Staff.First(s => s.Team.Pdu == busiest.Team.Pdu && s.Grade == Grade.HeadOfPdu)] = DemoAccounts.HeadOfPdu;
            names[data.Staff.First(s => s.Grade == Grade.Administrator)] = DemoAccounts.Administrator;
        }

        foreach (var member in data.Staff)
        {
            var userName = names.GetValueOrDefault(member) ?? member.Email;
            userNames[member.Id] = userName;
            var user = NewUser(userName, member.FullName, passwordHash!);
            user.StaffMemberId = member.Id;
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[RoleFor(member.Grade)].Id });
        }

        if (named)
        {
            var auditor = NewUser(DemoAccounts.Auditor, "Demo Auditor", passwordHash!);
            db.Users.Add(auditor);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = auditor.Id, RoleId = roles[Roles.Auditor].Id });
            db.ApiClients.Add(new ApiClient
            {
                Name = "Demo API client",
                KeyPrefix = ApiKeys.PrefixOf(DemoAccounts.ApiKey)!,
                KeyHash = ApiKeys.Hash(DemoAccounts.ApiKey),
                Scopes = DemoAccounts.ApiScopes,
                CreatedAt = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A sign-in account with an already-hashed password (bulk and test data hash once and share it).</summary>
    public static ApplicationUser NewUser(string userName, string displayName, string passwordHash) => new()
    {
        UserName = userName,
        NormalizedUserName = userName.ToUpperInvariant(),
        Email = userName,
        NormalizedEmail = userName.ToUpperInvariant(),
        EmailConfirmed = true,
        DisplayName = displayName,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
    };

    public static string RoleFor(Grade grade) => grade switch
    {
        Grade.Spo => Roles.SeniorProbationOfficer,
        Grade.HeadOfPdu => Roles.HeadOfPdu,
        Grade.Administrator => Roles.Administrator,
        _ => Roles.Practitioner,
    };
}

/// <summary>API keys are "wp_{prefix}_{secret}"; the prefix finds the client, the SHA-256 of the whole key proves it.</summary>
public static class ApiKeys
{
    public static string? PrefixOf(string key)
    {
        var second = key.IndexOf('_', 3);
        return key.StartsWith("wp_", StringComparison.Ordinal) && second > 3 ? key[..second] : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey(string prefixId) =>
        $"wp_{prefixId}_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=')}";
}
