using Consortium.Practice.Audits;
using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;
using Consortium.Practice.SelfAssessment;
using Consortium.Practice.Settings;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Data;

/// <summary>One authority's practice database.</summary>
public sealed class PracticeDbContext(DbContextOptions<PracticeDbContext> options, TenantInfo tenant) : TenantDbContext(options, tenant)
{
    public DbSet<SettingsRevision> SettingsRevisions => Set<SettingsRevision>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<ReviewConference> ReviewConferences => Set<ReviewConference>();
    public DbSet<CoreGroupMeeting> CoreGroupMeetings => Set<CoreGroupMeeting>();
    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();
    public DbSet<EnquiryOutcome> EnquiryOutcomes => Set<EnquiryOutcome>();
    public DbSet<EnquiryOutcomeRevision> EnquiryOutcomeRevisions => Set<EnquiryOutcomeRevision>();
    public DbSet<SelfAssessmentQuarter> SelfAssessments => Set<SelfAssessmentQuarter>();
    public DbSet<StatutoryVisit> StatutoryVisits => Set<StatutoryVisit>();
    public DbSet<AllocationChange> Allocations => Set<AllocationChange>();
    public DbSet<Supervision> Supervisions => Set<Supervision>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<AuthorisationRequest> AuthorisationRequests => Set<AuthorisationRequest>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<FamilyMember> FamilyMembers => Set<FamilyMember>();
    public DbSet<SafetyMap> SafetyMaps => Set<SafetyMap>();
    public DbSet<SafetyRating> SafetyRatings => Set<SafetyRating>();
    public DbSet<MapSnapshot> MapSnapshots => Set<MapSnapshot>();
    public DbSet<CaseSnapshot> CaseSnapshots => Set<CaseSnapshot>();
    public DbSet<DirectWorkRecord> DirectWork => Set<DirectWorkRecord>();
    public DbSet<Goals.FamilyGoal> FamilyGoals => Set<Goals.FamilyGoal>();
    public DbSet<Goals.GoalRating> FamilyGoalRatings => Set<Goals.GoalRating>();
    public DbSet<SafetyNetworkMember> SafetyNetwork => Set<SafetyNetworkMember>();
    public DbSet<SafetyPlanRevision> SafetyPlans => Set<SafetyPlanRevision>();
    public DbSet<StaffRecord> StaffRecords => Set<StaffRecord>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<DirectoryChange> DirectoryChanges => Set<DirectoryChange>();
    public DbSet<HrUpload> HrUploads => Set<HrUpload>();
    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();
    public DbSet<AuditDomainScore> AuditDomainScores => Set<AuditDomainScore>();
    public DbSet<AuditAction> AuditActions => Set<AuditAction>();
    public DbSet<AuditSample> AuditSamples => Set<AuditSample>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseDay> CourseDays => Set<CourseDay>();
    public DbSet<CourseBooking> CourseBookings => Set<CourseBooking>();
    public DbSet<CourseAttendance> CourseAttendance => Set<CourseAttendance>();
    public DbSet<Workforce.Measures.TeamVacancy> TeamVacancies => Set<Workforce.Measures.TeamVacancy>();
    public DbSet<Workforce.Leadership.PracticeLeader> PracticeLeaders => Set<Workforce.Leadership.PracticeLeader>();
    public DbSet<Workforce.Leadership.PracticeSession> PracticeSessions => Set<Workforce.Leadership.PracticeSession>();
    public DbSet<Workforce.Licences.TrainerLicence> TrainerLicences => Set<Workforce.Licences.TrainerLicence>();
    public DbSet<Census.Notes.CensusQueryNote> CensusQueryNotes => Set<Census.Notes.CensusQueryNote>();
    public DbSet<Census.Validation.LatestCensusRun> LatestCensusRuns => Set<Census.Validation.LatestCensusRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PracticeDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}
