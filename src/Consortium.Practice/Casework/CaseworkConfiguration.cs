using Consortium.Practice.Census;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Practice.Casework;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("Children");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.FamilyName, c.GivenName });
        builder.HasIndex(c => new { c.TenantId, c.DateOfBirth });
        builder.Property(c => c.Reference).HasMaxLength(20).IsRequired();
        builder.Property(c => c.GivenName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.FamilyName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.SexCode).HasCensusCode(1).IsRequired();
        builder.Property(c => c.EthnicityCode).HasCensusCode(4).IsRequired();
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.PrimitiveCollection(c => c.DisabilityCodes).HasCensusCodes(200);
        builder.Property(c => c.Upn).HasMaxLength(Census.Upn.Length);
        builder.Property(c => c.UpnUnknown).HasOptionalCensusCode(3);
        builder.Property(c => c.FormerUpn).HasMaxLength(Census.Upn.Length);
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.WorkerSubject, c.Stage });
        builder.HasIndex(c => new { c.TenantId, c.Team, c.Stage });
        builder.HasIndex(c => c.ChildId);
        builder.HasIndex(c => new { c.TenantId, c.SiblingGroupId });

        // For indicators, which count episodes by the dates they started, were assessed and closed.
        builder.HasIndex(c => new { c.TenantId, c.ReferralDate });
        builder.HasIndex(c => new { c.TenantId, c.AssessmentAuthorised });
        builder.HasIndex(c => new { c.TenantId, c.ClosedOn });
        builder.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Reference).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ReferralSource).HasCensusCode(3).IsRequired();
        builder.Property(c => c.PrimaryNeed).HasCensusCode(2).IsRequired();
        builder.Property(c => c.CategoryOfAbuse).HasOptionalCensusCode(3);
        builder.Property(c => c.LatestCategoryOfAbuse).HasOptionalCensusCode(3);
        builder.Property(c => c.ClosureReason).HasOptionalCensusCode(3);
        builder.Property(c => c.WorkerSubject).HasMaxLength(200).IsRequired();
        builder.Property(c => c.WorkerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Team).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ConcurrencyToken).IsConcurrencyToken();
        builder.PrimitiveCollection(c => c.AssessmentFactors).HasCensusCodes(400);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Reviews).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.CoreGroups).WithOne().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Visits).WithOne().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Referral).WithOne().HasForeignKey<ReferralDetails>(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.StageSince);
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.ToTable("StageChanges");
        builder.HasIndex(h => new { h.TenantId, h.To, h.EffectiveOn });
        builder.HasIndex(h => new { h.CaseId, h.EffectiveOn });
        builder.HasKey(h => h.Id);
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class ReviewConferenceConfiguration : IEntityTypeConfiguration<ReviewConference>
{
    public void Configure(EntityTypeBuilder<ReviewConference> builder)
    {
        builder.ToTable("ReviewConferences");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.CaseId, r.PlanStart, r.HeldOn }).IsUnique();
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class CoreGroupMeetingConfiguration : IEntityTypeConfiguration<CoreGroupMeeting>
{
    public void Configure(EntityTypeBuilder<CoreGroupMeeting> builder)
    {
        builder.ToTable("CoreGroupMeetings");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.CaseId, g.PlanStart, g.HeldOn }).IsUnique();
        builder.Property(g => g.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class CaseSnapshotConfiguration : IEntityTypeConfiguration<CaseSnapshot>
{
    public void Configure(EntityTypeBuilder<CaseSnapshot> builder)
    {
        builder.ToTable("CaseSnapshots");
        builder.HasKey(s => s.Id);
        // Not unique: two people opening a version at once may both keep it, and either copy answers.
        builder.HasIndex(s => new { s.TenantId, s.CaseId, s.Token });
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("AccessLog");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.TenantId, a.ChildId, a.Id });
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.StaffSubject).HasMaxLength(200).IsRequired();
        builder.Property(a => a.StaffName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.RecordType).HasMaxLength(30).IsRequired();
        builder.Property(a => a.Detail).HasMaxLength(RestrictionChange.MaxDetail);
    }
}

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.ToTable("FamilyMembers");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.ChildId);
        builder.Property(f => f.Name).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Relationship).HasMaxLength(60).IsRequired();
    }
}

internal sealed class StatutoryVisitConfiguration : IEntityTypeConfiguration<StatutoryVisit>
{
    public void Configure(EntityTypeBuilder<StatutoryVisit> builder)
    {
        builder.ToTable("StatutoryVisits");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.CaseId, v.VisitedOn });
        builder.Property(v => v.Notes).HasMaxLength(VisitInput.MaxNotes).IsRequired();
        builder.Property(v => v.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.TenantId, n.CaseId, n.WrittenOn });
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Text).HasMaxLength(CaseNoteInput.MaxText).IsRequired();
        builder.Property(n => n.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class AllocationChangeConfiguration : IEntityTypeConfiguration<AllocationChange>
{
    public void Configure(EntityTypeBuilder<AllocationChange> builder)
    {
        builder.ToTable("Allocations");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.TenantId, a.CaseId, a.Id });
        builder.Property(a => a.FromName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ToName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ToTeam).HasMaxLength(200).IsRequired();
        builder.Property(a => a.AllocatedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.ToTable("MeetingAttendees");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.CaseId, a.MeetingId });
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(MeetingAttendee.MaxText).IsRequired();
        builder.Property(a => a.Role).HasMaxLength(MeetingAttendee.MaxText).IsRequired();
        builder.Ignore(a => a.Label);
    }
}

internal sealed class EnquiryOutcomeConfiguration : IEntityTypeConfiguration<EnquiryOutcome>
{
    public void Configure(EntityTypeBuilder<EnquiryOutcome> builder)
    {
        builder.ToTable("EnquiryOutcomes");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.CaseId, o.Step }).IsUnique();
        builder.Property(o => o.Step).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Reasons).HasMaxLength(EnquiryOutcome.MaxReasons).IsRequired();
        builder.Property(o => o.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(o => o.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(o => o.Label);
    }
}

internal sealed class EnquiryOutcomeRevisionConfiguration : IEntityTypeConfiguration<EnquiryOutcomeRevision>
{
    public void Configure(EntityTypeBuilder<EnquiryOutcomeRevision> builder)
    {
        builder.ToTable("EnquiryOutcomeRevisions");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.TenantId, r.CaseId, r.CorrectedAt });
        builder.HasIndex(r => new { r.OutcomeId, r.ConcurrencyToken }).IsUnique();
        builder.Property(r => r.Step).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reasons).HasMaxLength(EnquiryOutcome.MaxReasons).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.CorrectedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.WhyCorrected).HasMaxLength(EnquiryOutcomeCorrection.MaxWhy).IsRequired();
        builder.Ignore(r => r.Label);
    }
}

internal sealed class SupervisionConfiguration : IEntityTypeConfiguration<Supervision>
{
    public void Configure(EntityTypeBuilder<Supervision> builder)
    {
        builder.ToTable("Supervisions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.CaseId, s.HeldOn });
        builder.Property(s => s.Attendees).HasMaxLength(500).IsRequired();
        builder.Property(s => s.WorkingWell).HasMaxLength(SupervisionInput.MaxText).IsRequired();
        builder.Property(s => s.Worries).HasMaxLength(SupervisionInput.MaxText).IsRequired();
        builder.Property(s => s.NeedsToHappen).HasMaxLength(SupervisionInput.MaxText).IsRequired();
        builder.Property(s => s.RecordedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class ReferralDetailsConfiguration : IEntityTypeConfiguration<ReferralDetails>
{
    public void Configure(EntityTypeBuilder<ReferralDetails> builder)
    {
        builder.ToTable("ReferralDetails");
        builder.HasKey(r => r.CaseId);
        builder.Property(r => r.Reason).HasMaxLength(ReferralParticulars.MaxReason).IsRequired();
        builder.Property(r => r.ReferrerName).HasMaxLength(ReferralParticulars.MaxName);
        builder.Property(r => r.ReferrerAgency).HasMaxLength(ReferralParticulars.MaxAgency);
        builder.Property(r => r.ReferrerPhone).HasMaxLength(ReferralParticulars.MaxPhone);
        builder.Property(r => r.ReferrerEmail).HasMaxLength(ReferralParticulars.MaxEmail);
        builder.Ignore(r => r.Referrer);
        builder.Ignore(r => r.Contact);
    }
}
