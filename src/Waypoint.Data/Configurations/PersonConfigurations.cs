using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Crn).HasMaxLength(7);
        builder.HasIndex(p => p.Crn).IsUnique();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.MiddleNames).HasMaxLength(200);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.PreferredName).HasMaxLength(100);
        builder.Property(p => p.GenderIdentity).HasMaxLength(100);
        builder.Property(p => p.Religion).HasMaxLength(100);
        builder.Property(p => p.Disability).HasMaxLength(500);
        builder.Property(p => p.Nationality).HasMaxLength(100);
        builder.Property(p => p.PncNumber).HasMaxLength(13);
        builder.HasIndex(p => p.PncNumber);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Language).HasMaxLength(100);
        builder.Property(p => p.CurrentTier).HasMaxLength(20);
        builder.Property(p => p.ProtectChangeTier).HasMaxLength(5);
        builder.Property(p => p.AssessmentReviewReason).HasMaxLength(200);
        builder.Property(p => p.SearchLastName).HasMaxLength(100);
        builder.Property(p => p.SearchFirstName).HasMaxLength(100);
        // Prefix search ("SMI%") must use an index whatever the database collation: on PostgreSQL that needs the
        // pattern operator class (SQLite ignores it).
        // Name search: a prefix of the surname (and forename), listed in name order, then CRN (migration 0021).
        builder.HasIndex(p => new { p.SearchLastName, p.SearchFirstName, p.Crn });
        builder.HasIndex(p => p.ResponsibleStaffMemberId);
        builder.HasIndex(p => p.ResponsibleTeamId);
        // The unallocated queue: a few new cases per team among the ten thousand waiting nationally.
        builder.HasIndex(p => p.ResponsibleTeamId, "IX_People_Unallocated").HasFilter("\"ResponsibleStaffMemberId\" IS NULL");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.ResponsibleStaffMember).WithMany().HasForeignKey(p => p.ResponsibleStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ResponsibleTeam).WithMany().HasForeignKey(p => p.ResponsibleTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.FullName);
    }
}

public class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder)
    {
        builder.Property(a => a.FirstName).HasMaxLength(100);
        builder.Property(a => a.LastName).HasMaxLength(100);
        builder.HasOne<Person>().WithMany(p => p.Aliases).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.Property(a => a.Line1).HasMaxLength(200);
        builder.Property(a => a.Line2).HasMaxLength(200);
        builder.Property(a => a.Town).HasMaxLength(100);
        builder.Property(a => a.Postcode).HasMaxLength(10);
        builder.HasOne<Person>().WithMany(p => p.Addresses).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PersonLinkConfiguration : IEntityTypeConfiguration<PersonLink>
{
    public void Configure(EntityTypeBuilder<PersonLink> builder)
    {
        builder.Property(l => l.Notes).HasMaxLength(500);
        builder.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.LinkedPerson).WithMany().HasForeignKey(l => l.LinkedPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PersonId, l.LinkedPersonId }).IsUnique();
    }
}

public class CaseAccessEntryConfiguration : IEntityTypeConfiguration<CaseAccessEntry>
{
    public void Configure(EntityTypeBuilder<CaseAccessEntry> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasOne<Person>().WithMany(p => p.AccessEntries).HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.StaffMember).WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PersonId, e.StaffMemberId, e.Kind }).IsUnique();
    }
}

public class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.Rationale).HasMaxLength(4000);
        builder.Property(a => a.NotesToPractitioner).HasMaxLength(2000);
        // Who decided and the co-worker are staff ids kept as evidence (no foreign key: SQLite cannot add one to an existing table).
        builder.HasOne<Person>().WithMany(p => p.Allocations).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.StaffMember).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Team).WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StaffMemberId, a.To });
        builder.HasIndex(a => a.TemporaryUntil);
    }
}

public class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.Property(r => r.Notes).HasMaxLength(2000);
        builder.HasOne<Person>().WithMany(p => p.Registrations).HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.AddedBy).WithMany().HasForeignKey(r => r.AddedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Type, r.PersonId });
    }
}
