using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(10);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}

public class PduConfiguration : IEntityTypeConfiguration<Pdu>
{
    public void Configure(EntityTypeBuilder<Pdu> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne(p => p.Region).WithMany(r => r.Pdus).HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(10);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasOne(t => t.Pdu).WithMany(p => p.Teams).HasForeignKey(t => t.PduId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.Property(s => s.StaffCode).HasMaxLength(10);
        builder.Property(s => s.FirstName).HasMaxLength(100);
        builder.Property(s => s.LastName).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(200);
        builder.Property(s => s.ContractedHours).HasPrecision(5, 2);
        builder.HasIndex(s => s.StaffCode).IsUnique();
        builder.HasOne(s => s.Team).WithMany(t => t.Staff).HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.LeavingReason).HasMaxLength(200);
        builder.Ignore(s => s.FullName);
    }
}

public class FundedPostConfiguration : IEntityTypeConfiguration<FundedPost>
{
    public void Configure(EntityTypeBuilder<FundedPost> builder)
    {
        builder.Property(f => f.Fte).HasPrecision(7, 2);
        builder.Property(f => f.CreatedBy).HasMaxLength(200);
        builder.HasOne<Team>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.TeamId, f.Grade, f.EffectiveFrom }).IsUnique();
    }
}

public class StaffQualificationConfiguration : IEntityTypeConfiguration<StaffQualification>
{
    public void Configure(EntityTypeBuilder<StaffQualification> builder)
    {
        builder.Property(q => q.Qualification).HasMaxLength(200);
        builder.HasOne<StaffMember>().WithMany(s => s.Qualifications).HasForeignKey(q => q.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.StaffMember).WithMany().HasForeignKey(u => u.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.StaffMemberId).IsUnique();
    }
}

public class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.KeyPrefix).HasMaxLength(20);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.Property(c => c.Scopes).HasMaxLength(500);
        builder.HasIndex(c => c.KeyPrefix).IsUnique();
    }
}
