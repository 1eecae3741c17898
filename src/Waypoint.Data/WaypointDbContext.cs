using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Waypoint.Data.Auditing;
using Waypoint.Data.Entities;

namespace Waypoint.Data;

public class WaypointDbContext(DbContextOptions<WaypointDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    private static readonly HashSet<string> UnauditedProperties = [nameof(Person.SearchFirstName), nameof(Person.SearchLastName)];

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Pdu> Pdus => Set<Pdu>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffQualification> StaffQualifications => Set<StaffQualification>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Address> Addresses => Set<Address>();
    public DbSet<PersonLink> PersonLinks => Set<PersonLink>();
    public DbSet<CaseAccessEntry> CaseAccessEntries => Set<CaseAccessEntry>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<ConvictionEvent> Events => Set<ConvictionEvent>();
    public DbSet<Offence> Offences => Set<Offence>();
    public DbSet<Sentence> Sentences => Set<Sentence>();
    public DbSet<Requirement> Requirements => Set<Requirement>();
    public DbSet<KeyDateChange> KeyDateChanges => Set<KeyDateChange>();
    public DbSet<LicenceCondition> LicenceConditions => Set<LicenceCondition>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactRevision> ContactRevisions => Set<ContactRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SentencePlanObjective> SentencePlanObjectives => Set<SentencePlanObjective>();
    public DbSet<TierCalculation> TierCalculations => Set<TierCalculation>();
    public DbSet<ContactStandardEntry> ContactStandardEntries => Set<ContactStandardEntry>();
    public DbSet<StaffReduction> StaffReductions => Set<StaffReduction>();
    public DbSet<WorkloadSnapshot> WorkloadSnapshots => Set<WorkloadSnapshot>();
    public DbSet<WorkloadFlag> WorkloadFlags => Set<WorkloadFlag>();
    public DbSet<WeightSetVersion> WeightSetVersions => Set<WeightSetVersion>();
    public DbSet<StaffAbsence> StaffAbsences => Set<StaffAbsence>();
    public DbSet<CoverAssignment> CoverAssignments => Set<CoverAssignment>();
    public DbSet<OfficeLocation> OfficeLocations => Set<OfficeLocation>();
    public DbSet<PersonCommitment> PersonCommitments => Set<PersonCommitment>();
    public DbSet<ServiceHoliday> ServiceHolidays => Set<ServiceHoliday>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();
    public DbSet<AppointmentReply> AppointmentReplies => Set<AppointmentReply>();
    public DbSet<AppointmentLink> AppointmentLinks => Set<AppointmentLink>();
    public DbSet<EnforcementDecision> EnforcementDecisions => Set<EnforcementDecision>();
    public DbSet<CourtReport> CourtReports => Set<CourtReport>();
    public DbSet<ManagementOversight> ManagementOversights => Set<ManagementOversight>();
    public DbSet<FundedPost> FundedPosts => Set<FundedPost>();
    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>The keys that protect sign-in cookies and anti-forgery tokens, shared by every web server over this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    /// <summary>Bulk loaders (demo data) switch change auditing off and write one summary entry instead.</summary>
    public bool AuditChanges { get; set; } = true;

    /// <summary>
    /// Who the audit entries of this context's changes name ("system" until <see cref="ActingAs"/> says otherwise).
    /// </summary>
    public IAuditActor Actor { get; private set; } = new SystemActor("system");

    /// <summary>
    /// Sets who this context acts for, with auditing on. The web server's contexts come from a pool and keep their own
    /// properties between requests, so each is given its request's user as it is handed out and nothing a previous user
    /// set (such as <see cref="AuditChanges"/>) carries over.
    /// </summary>
    public WaypointDbContext ActingAs(IAuditActor actor)
    {
        Actor = actor;
        AuditChanges = true;
        return this;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WaypointDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // PostgreSQL partitions the audit trail by month (migration 0017), and a unique index there must include
            // the partition key: the chain index is indexed without uniqueness, kept unique by the sealer's lock.
            builder.Entity<AuditEntry>().HasIndex(a => a.ChainIndex).IsUnique(false);
            // The upper-cased search keys compare byte by byte (migration 0021), so one ordinary b-tree index serves
            // both the prefix search and its name order.
            builder.Entity<Person>().Property(p => p.SearchLastName).UseCollation("C");
            builder.Entity<Person>().Property(p => p.SearchFirstName).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so a reordered enum never silently changes the meaning of stored rows.
        var enumTypes = typeof(WaypointDbContext).Assembly.GetTypes()
            .Concat(typeof(Domain.People.Crn).Assembly.GetTypes())
            .Where(t => t.IsEnum && t.IsPublic);
        foreach (var type in enumTypes)
        {
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(40);
        }

        // Every instant is UTC; SQLite hands back unspecified kinds, so mark them on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var pending = AuditChanges ? CaptureChanges() : [];
        var (contactPeople, addedContacts) = ChangedContacts();
        var sentenceChanges = ChangedSentencing();
        if (pending.Count == 0 && contactPeople.Count == 0 && addedContacts.Count == 0 && sentenceChanges.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The change, the people's contact dates and current sentences, and its audit entries commit together or not at all.
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (contactPeople.Count > 0)
            {
                await ContactSummaries.RefreshAsync(this, contactPeople, cancellationToken);
            }

            // New contacts of anyone not recomputed above (their ids are known now, a new person's too).
            var onlyAdded = addedContacts.Where(c => !contactPeople.Contains(c.PersonId)).ToList();
            if (onlyAdded.Count > 0)
            {
                await ContactSummaries.BringForwardAsync(this, onlyAdded, cancellationToken);
            }

            if (!sentenceChanges.IsEmpty)
            {
                await CurrentSentenceSummaries.RefreshAsync(this, await sentenceChanges.PeopleAsync(this, cancellationToken), cancellationToken);
            }

            if (pending.Count > 0)
            {
                var now = DateTime.UtcNow;
                foreach (var change in pending)
                {
                    AuditEntries.Add(change.ToAuditEntry(Actor, now));
                }

                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The people whose contacts are being changed or removed (before and after, if one moves), whose dates are
    /// recomputed; and the contacts being added, whose people's dates only move forward.
    /// </summary>
    private (List<int> Changed, List<Contact> Added) ChangedContacts()
    {
        var people = new HashSet<int>();
        var added = new List<Contact>();
        foreach (var entry in ChangeTracker.Entries<Contact>())
        {
            if (entry.State == EntityState.Added)
            {
                added.Add(entry.Entity);
            }
            else if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                people.Add(entry.Entity.PersonId);
                people.Add(entry.Property(c => c.PersonId).OriginalValue);
            }
        }

        people.Remove(0);
        return ([.. people], added);
    }

    /// <summary>
    /// The events and sentences being added, changed or removed, for finding their people once they are saved (a new
    /// person's id, and a new sentence's event, are only known then).
    /// </summary>
    private SentencingChanges ChangedSentencing()
    {
        var changes = new SentencingChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is ConvictionEvent convictionEvent)
            {
                changes.Events.Add(convictionEvent);
                if (entry.State != EntityState.Added)
                {
                    changes.PersonIds.Add(entry.Property(nameof(ConvictionEvent.PersonId)).OriginalValue as int? ?? 0);
                }
            }
            else if (entry.Entity is Sentence sentence)
            {
                changes.Sentences.Add(sentence);
                if (entry.State != EntityState.Added)
                {
                    changes.EventIds.Add(entry.Property(nameof(Sentence.EventId)).OriginalValue as int? ?? 0);
                }
            }
        }

        return changes;
    }

    private sealed class SentencingChanges
    {
        public List<ConvictionEvent> Events { get; } = [];
        public List<Sentence> Sentences { get; } = [];
        public HashSet<int> PersonIds { get; } = [];
        public HashSet<int> EventIds { get; } = [];

        public bool IsEmpty => Events.Count == 0 && Sentences.Count == 0;

        /// <summary>The people concerned, after saving: the events' people, and the people of the sentences' events.</summary>
        public async Task<List<int>> PeopleAsync(WaypointDbContext db, CancellationToken cancellationToken)
        {
            var people = new HashSet<int>(PersonIds);
            people.UnionWith(Events.Select(e => e.PersonId));
            var eventIds = new HashSet<int>(EventIds);
            foreach (var sentence in Sentences)
            {
                if (sentence.Event is { } loaded)
                {
                    people.Add(loaded.PersonId);
                }
                else
                {
                    eventIds.Add(sentence.EventId);
                }
            }

            eventIds.Remove(0);
            if (eventIds.Count > 0)
            {
                people.UnionWith(await db.Events.Where(e => eventIds.Contains(e.Id)).Select(e => e.PersonId).ToListAsync(cancellationToken));
            }

            people.Remove(0);
            return [.. people];
        }
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }

    private List<PendingChange> CaptureChanges()
    {
        var changes = new List<PendingChange>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry or WorkloadSnapshot or OutboxMessage or OutboxAttempt or ScheduledJobRun || entry.Metadata.ClrType.Namespace != typeof(Person).Namespace)
            {
                continue; // the trail itself, derived workload snapshots and sign-in plumbing are not audited as record changes
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var before = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                if (UnauditedProperties.Contains(property.Metadata.Name))
                {
                    continue;
                }

                if (action == AuditAction.Update && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                {
                    before[property.Metadata.Name] = property.OriginalValue;
                }
                else if (action == AuditAction.Delete)
                {
                    before[property.Metadata.Name] = property.OriginalValue;
                }
            }

            if (action == AuditAction.Update && before.Count == 0)
            {
                continue;
            }

            changes.Add(new PendingChange(entry, action.Value, before));
        }

        return changes;
    }

    private sealed record PendingChange(EntityEntry Entry, AuditAction Action, Dictionary<string, object?> Before)
    {
        public AuditEntry ToAuditEntry(IAuditActor actor, DateTime now)
        {
            var changes = new Dictionary<string, object?>();
            foreach (var property in Entry.Properties)
            {
                var name = property.Metadata.Name;
                if (UnauditedProperties.Contains(name))
                {
                    continue;
                }

                switch (Action)
                {
                    case AuditAction.Create:
                        changes[name] = new { after = property.CurrentValue };
                        break;
                    case AuditAction.Update when Before.TryGetValue(name, out var old):
                        changes[name] = new { before = old, after = property.CurrentValue };
                        break;
                    case AuditAction.Delete:
                        changes[name] = new { before = Before.GetValueOrDefault(name) };
                        break;
                }
            }

            var key = string.Join(",", Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(Entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            int? personId = Entry.Entity switch
            {
                Person p => p.Id,
                _ => Entry.Metadata.FindProperty(nameof(Contact.PersonId)) is { } prop && prop.ClrType == typeof(int)
                    ? (int?)Entry.Property(prop.Name).CurrentValue
                    : null,
            };
            return new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                RecordedAt = now,
                Actor = actor.Name,
                ActorStaffMemberId = actor.StaffMemberId,
                Action = Action,
                PersonId = personId,
                Crn = (Entry.Entity as Person)?.Crn,
                EntityType = Entry.Metadata.ClrType.Name,
                EntityKey = key,
                Details = JsonSerializer.Serialize(changes),
            };
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
