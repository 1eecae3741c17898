using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public const int MaxNoteLength = 2000;

    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.CountersignNote).HasMaxLength(MaxNoteLength);
        builder.Property(a => a.ReturnedNote).HasMaxLength(MaxNoteLength);
        builder.Property(a => a.ArpScore).HasPrecision(5, 2);
        builder.Property(a => a.CsrpScore).HasPrecision(5, 2);
        builder.Property(a => a.DcSrpScore).HasPrecision(5, 2);
        builder.HasOne<Person>().WithMany(p => p.Assessments).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.StartedBy).WithMany().HasForeignKey(a => a.StartedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.CompletedBy).WithMany().HasForeignKey(a => a.CompletedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.CountersignedBy).WithMany().HasForeignKey(a => a.CountersignedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.Status });
        // Every assessment a practitioner completed (named, because the partial index below on the same column would
        // otherwise stand in for the foreign key's own index and EF would not make one).
        builder.HasIndex(a => a.CompletedByStaffMemberId, "IX_Assessments_CompletedByStaffMemberId");
        // The countersignature queue by who completed the assessment (a team's practitioners): only the awaiting ones.
        builder.HasIndex(a => a.CompletedByStaffMemberId, "IX_Assessments_AwaitingCountersignature").HasFilter("\"Status\" = 'AwaitingCountersignature'");
    }
}

public class SentencePlanObjectiveConfiguration : IEntityTypeConfiguration<SentencePlanObjective>
{
    public const int MaxTextLength = 2000;

    public void Configure(EntityTypeBuilder<SentencePlanObjective> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.NeedArea).HasMaxLength(40);
        builder.Property(o => o.Objective).HasMaxLength(MaxTextLength);
        builder.Property(o => o.Actions).HasMaxLength(MaxTextLength);
        builder.Property(o => o.WhoDoesWhat).HasMaxLength(MaxTextLength);
        builder.Property(o => o.ProgressNote).HasMaxLength(MaxTextLength);
        builder.HasOne<Assessment>().WithMany(a => a.Objectives).HasForeignKey(o => o.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Person).WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(o => o.AssessmentId);
        builder.HasIndex(o => o.PersonId);
    }
}

public class TierCalculationConfiguration : IEntityTypeConfiguration<TierCalculation>
{
    public void Configure(EntityTypeBuilder<TierCalculation> builder)
    {
        builder.Property(t => t.Tier).HasMaxLength(20);
        builder.Property(t => t.ProtectChangeTier).HasMaxLength(5);
        builder.Property(t => t.Trigger).HasMaxLength(200);
        builder.HasOne<Person>().WithMany(p => p.TierCalculations).HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.PersonId, t.CalculatedAt });
    }
}

public class ContactStandardEntryConfiguration : IEntityTypeConfiguration<ContactStandardEntry>
{
    public void Configure(EntityTypeBuilder<ContactStandardEntry> builder)
    {
        builder.Property(e => e.Tier).HasMaxLength(1);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.HasIndex(e => new { e.EffectiveFrom, e.Tier }).IsUnique();
    }
}

public class ManagementOversightConfiguration : IEntityTypeConfiguration<ManagementOversight>
{
    public const int TextMaxLength = 4000;

    public void Configure(EntityTypeBuilder<ManagementOversight> builder)
    {
        builder.Property(o => o.Reviewed).HasMaxLength(TextMaxLength);
        builder.Property(o => o.Direction).HasMaxLength(TextMaxLength);
        builder.Property(o => o.CompletionNote).HasMaxLength(TextMaxLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(o => o.AuthorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PersonId, o.CompletedAt });
    }
}
