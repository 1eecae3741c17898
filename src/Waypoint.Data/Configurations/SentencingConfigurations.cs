using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class ConvictionEventConfiguration : IEntityTypeConfiguration<ConvictionEvent>
{
    public void Configure(EntityTypeBuilder<ConvictionEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Court).HasMaxLength(200);
        builder.HasOne<Person>().WithMany(p => p.Events).HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.PersonId, e.EventNumber }).IsUnique();
        // Current sentences for a caseload or a team (CurrentSentences, on every whole-caseload page): the active events
        // of the chosen people with what the read needs carried in the index, so PostgreSQL answers from it alone.
        builder.HasIndex(e => e.PersonId, "IX_Events_Active_PersonId").HasFilter("\"IsActive\"")
            .IncludeProperties(e => new { e.Id, e.ConvictionDate });
    }
}

public class OffenceConfiguration : IEntityTypeConfiguration<Offence>
{
    public void Configure(EntityTypeBuilder<Offence> builder)
    {
        builder.Property(o => o.OffenceCode).HasMaxLength(5);
        builder.Property(o => o.Description).HasMaxLength(300);
        builder.HasOne<ConvictionEvent>().WithMany(e => e.Offences).HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SentenceConfiguration : IEntityTypeConfiguration<Sentence>
{
    public void Configure(EntityTypeBuilder<Sentence> builder)
    {
        builder.HasOne(s => s.Event).WithOne(e => e.Sentence).HasForeignKey<Sentence>(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        // The event's one sentence, carrying the columns CurrentSentences reads (PostgreSQL; SQLite has no INCLUDE).
        builder.HasIndex(s => s.EventId).IsUnique()
            .IncludeProperties(s => new { s.Id, s.Type, s.SentenceDate, s.ReleaseDate, s.ExpectedEndDate, s.LicenceExpiryDate, s.TerminatedOn });
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

public class KeyDateChangeConfiguration : IEntityTypeConfiguration<KeyDateChange>
{
    public const int MaxReasonLength = 500;

    public void Configure(EntityTypeBuilder<KeyDateChange> builder)
    {
        builder.Property(c => c.KeyDate).HasMaxLength(40);
        builder.Property(c => c.Reason).HasMaxLength(MaxReasonLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.HasOne<Sentence>().WithMany().HasForeignKey(c => c.SentenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.Property(r => r.Details).HasMaxLength(500);
        builder.HasOne<Sentence>().WithMany(s => s.Requirements).HasForeignKey(r => r.SentenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class LicenceConditionConfiguration : IEntityTypeConfiguration<LicenceCondition>
{
    public void Configure(EntityTypeBuilder<LicenceCondition> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.FreeText).HasMaxLength(2000);
        builder.HasOne<Sentence>().WithMany(s => s.LicenceConditions).HasForeignKey(c => c.SentenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public const int MaxNotesLength = 4000;

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        // The timestamp is part of the key so PostgreSQL can partition the table by month.
        builder.HasKey(c => new { c.Id, c.OccurredAt });
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Notes).HasMaxLength(MaxNotesLength);
        builder.Property(c => c.RecordedByClient).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.OccurredAt });
    }
}

public class ContactRevisionConfiguration : IEntityTypeConfiguration<ContactRevision>
{
    public void Configure(EntityTypeBuilder<ContactRevision> builder)
    {
        builder.Property(r => r.PreviousNotes).HasMaxLength(ContactConfiguration.MaxNotesLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => new { r.ContactId, r.ContactOccurredAt }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ContactId, r.ContactOccurredAt });
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => new { a.Id, a.RecordedAt });
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.Crn).HasMaxLength(7);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(100);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => a.ChainIndex).IsUnique();
        builder.HasIndex(a => new { a.PersonId, a.RecordedAt });
        builder.HasIndex(a => new { a.Actor, a.RecordedAt });
        builder.HasIndex(a => a.RecordedAt).HasFilter("\"ChainIndex\" IS NULL").HasDatabaseName("IX_AuditEntries_Unsealed");
    }
}

public class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public const int TextMaxLength = 2000;

    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Provider).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(TextMaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(TextMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.ReferredByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PersonId, r.ReferredOn });
        builder.HasIndex(r => r.ReferredOn);
    }
}
