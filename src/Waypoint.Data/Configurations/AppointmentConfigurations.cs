using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Waypoint.Data.Entities;

namespace Waypoint.Data.Configurations;

public class OfficeLocationConfiguration : IEntityTypeConfiguration<OfficeLocation>
{
    public void Configure(EntityTypeBuilder<OfficeLocation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(120);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.Property(o => o.Postcode).HasMaxLength(10);
        builder.Property(o => o.Phone).HasMaxLength(30);
        builder.HasOne<Pdu>().WithMany().HasForeignKey(o => o.PduId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.PduId);
    }
}

public class PersonCommitmentConfiguration : IEntityTypeConfiguration<PersonCommitment>
{
    public void Configure(EntityTypeBuilder<PersonCommitment> builder)
    {
        builder.Property(c => c.Day).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Description).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.PersonId);
    }
}

public class ServiceHolidayConfiguration : IEntityTypeConfiguration<ServiceHoliday>
{
    public void Configure(EntityTypeBuilder<ServiceHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(120);
        builder.Property(h => h.AddedBy).HasMaxLength(256);
        builder.HasIndex(h => h.Date).IsUnique();
    }
}

public class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public const int TextMaxLength = 2000;

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.Property(a => a.WhatToBring).HasMaxLength(300);
        builder.Property(a => a.Notes).HasMaxLength(TextMaxLength);
        builder.Property(a => a.ChangeReason).HasMaxLength(TextMaxLength);
        builder.Property(a => a.WarningsOverrideReason).HasMaxLength(TextMaxLength);
        builder.Property(a => a.OutcomeNotes).HasMaxLength(TextMaxLength);
        builder.Property(a => a.OutcomeRecordedBy).HasMaxLength(256);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Person).WithMany(p => p.Appointments).HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.StaffMember).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.OfficeLocation).WithMany().HasForeignKey(a => a.OfficeLocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PersonId, a.Start });
        builder.HasIndex(a => new { a.StaffMemberId, a.Start });
        // Outcomes still to record: a few per practitioner among thousands of past appointments each.
        builder.HasIndex(a => new { a.StaffMemberId, a.End }).HasFilter("\"Status\" = 'Booked' AND \"Outcome\" IS NULL").HasDatabaseName("IX_Appointments_AwaitingOutcome");
        // What My week lists as needing action: outcomes to record and absences waiting for an explanation.
        builder.HasIndex(a => new { a.StaffMemberId, a.Start }, "IX_Appointments_NeedingAction")
            .HasFilter("\"Status\" = 'Booked' AND (\"Outcome\" IS NULL OR \"AbsenceJudgement\" = 'AwaitingExplanation')");
    }
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.IdempotencyKey).HasMaxLength(120);
        builder.Property(m => m.Recipient).HasMaxLength(400);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.ProviderReference).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.AppointmentId);
        builder.HasIndex(m => m.PersonId);
    }
}

public class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> builder)
    {
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.Property(a => a.Sender).HasMaxLength(100);
        builder.Property(a => a.Worker).HasMaxLength(200);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.MessageId);
    }
}

public class AppointmentReplyConfiguration : IEntityTypeConfiguration<AppointmentReply>
{
    public void Configure(EntityTypeBuilder<AppointmentReply> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(1000);
        builder.Property(r => r.HandledBy).HasMaxLength(256);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(r => r.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PersonId, r.HandledAt });
        builder.HasIndex(r => r.AppointmentId);
    }
}

public class AppointmentLinkConfiguration : IEntityTypeConfiguration<AppointmentLink>
{
    public void Configure(EntityTypeBuilder<AppointmentLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(l => l.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.AppointmentId);
    }
}

public class EnforcementDecisionConfiguration : IEntityTypeConfiguration<EnforcementDecision>
{
    public const int TextMaxLength = 4000;

    public void Configure(EntityTypeBuilder<EnforcementDecision> builder)
    {
        builder.Property(d => d.RecommendationReason).HasMaxLength(1000);
        foreach (var name in new[]
                 {
                     nameof(EnforcementDecision.OverrideReason), nameof(EnforcementDecision.WhatHappened), nameof(EnforcementDecision.PersonsExplanation),
                     nameof(EnforcementDecision.RiskConsidered), nameof(EnforcementDecision.OptionsConsidered), nameof(EnforcementDecision.Rationale),
                     nameof(EnforcementDecision.CountersignReasoning), nameof(EnforcementDecision.SupersededReason),
                     nameof(EnforcementDecision.LicenceConditionsBreached), nameof(EnforcementDecision.ResponseToSupervision), nameof(EnforcementDecision.AlternativesTried),
                 })
        {
            builder.Property(name).HasMaxLength(TextMaxLength);
        }

        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Appointment>().WithMany().HasForeignKey(d => d.AppointmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.DecidedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.CountersignedByStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PersonId, d.DecidedAt });
        builder.HasIndex(d => d.Status);
    }
}
