using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class StaffReductionConfiguration : IEntityTypeConfiguration<StaffReduction>
{
    public void Configure(EntityTypeBuilder<StaffReduction> builder)
    {
        builder.Property(r => r.Hours).HasPrecision(5, 2);
        builder.Property(r => r.Percent).HasPrecision(5, 2);
        builder.Property(r => r.Notes).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne(r => r.StaffMember).WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.StaffMemberId, r.Start });
    }
}

public class WorkloadSnapshotConfiguration : IEntityTypeConfiguration<WorkloadSnapshot>
{
    public void Configure(EntityTypeBuilder<WorkloadSnapshot> builder)
    {
        builder.Property(s => s.CapacityPercent).HasPrecision(6, 1);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.StaffMemberId, s.Date }).IsUnique();
    }
}

public class WorkloadFlagConfiguration : IEntityTypeConfiguration<WorkloadFlag>
{
    public const int MaxResponseLength = 2000;

    public void Configure(EntityTypeBuilder<WorkloadFlag> builder)
    {
        builder.Property(f => f.PercentWhenRaised).HasPrecision(6, 1);
        builder.Property(f => f.Response).HasMaxLength(MaxResponseLength);
        builder.Property(f => f.RespondedBy).HasMaxLength(256);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.StaffMemberId, f.RaisedOn });
    }
}

public class WeightSetVersionConfiguration : IEntityTypeConfiguration<WeightSetVersion>
{
    public void Configure(EntityTypeBuilder<WeightSetVersion> builder)
    {
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.HasIndex(v => v.EffectiveFrom).IsUnique();
    }
}

public class StaffAbsenceConfiguration : IEntityTypeConfiguration<StaffAbsence>
{
    public void Configure(EntityTypeBuilder<StaffAbsence> builder)
    {
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.StaffMemberId, a.From });
    }
}

public class CoverAssignmentConfiguration : IEntityTypeConfiguration<CoverAssignment>
{
    public void Configure(EntityTypeBuilder<CoverAssignment> builder)
    {
        builder.Property(c => c.AssignedBy).HasMaxLength(256);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.AbsentStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.CoveringStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.From });
        builder.HasIndex(c => new { c.CoveringStaffMemberId, c.To });
    }
}

public class CourtReportConfiguration : IEntityTypeConfiguration<CourtReport>
{
    public void Configure(EntityTypeBuilder<CourtReport> builder)
    {
        builder.Property(r => r.Court).HasMaxLength(120);
        builder.Property(r => r.Proposal).HasMaxLength(2000);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.StaffMemberId, r.CompletedOn });
        builder.HasIndex(r => r.PersonId);
    }
}

public class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.HasKey(r => r.Job);
        builder.Property(r => r.Job).HasMaxLength(100);
        builder.Property(r => r.LastRunBy).HasMaxLength(200);
    }
}
