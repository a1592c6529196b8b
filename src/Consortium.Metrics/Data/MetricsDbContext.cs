using Consortium.Practice.ReadModel;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Data;

/// <summary>
/// The metrics side of an authority's database: its working-day calendar, what it shared, its outbox and who holds
/// its scheduled jobs, which this context migrates (history in <see cref="MigrationsHistoryTable"/>), plus the rows
/// practice publishes for reading (<see cref="PracticeReadModel"/>), which practice maps onto the tables it owns.
/// </summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options, TenantInfo tenant) : TenantDbContext(options, tenant)
{
    public const string MigrationsHistoryTable = "__MetricsMigrationsHistory";

    public DbSet<WorkingDayNumber> WorkingDays => Set<WorkingDayNumber>();
    public DbSet<SharedSnapshot> SharedSnapshots => Set<SharedSnapshot>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ScheduleLease> ScheduleLeases => Set<ScheduleLease>();

    public IQueryable<CaseRow> Cases => Set<CaseRow>();
    public IQueryable<StageChangeRow> StageChanges => Set<StageChangeRow>();
    public IQueryable<SafetyMapRow> Maps => Set<SafetyMapRow>();
    public IQueryable<SafetyRatingRow> Ratings => Set<SafetyRatingRow>();
    public IQueryable<SafetyNetworkMemberRow> Network => Set<SafetyNetworkMemberRow>();
    public IQueryable<SafetyPlanRevisionRow> Plans => Set<SafetyPlanRevisionRow>();
    public IQueryable<DirectWorkRow> DirectWork => Set<DirectWorkRow>();
    public IQueryable<ReviewConferenceRow> ReviewConferences => Set<ReviewConferenceRow>();
    public IQueryable<CaseAuditRow> Audits => Set<CaseAuditRow>();
    public IQueryable<GoalClosureRow> GoalsAtClosure => Set<GoalClosureRow>();
    public IQueryable<ChildViewRow> ChildViews => Set<ChildViewRow>();
    public IQueryable<StaffRow> Staff => Set<StaffRow>();
    public IQueryable<TrainingCompletionRow> TrainingCompletions => Set<TrainingCompletionRow>();
    public IQueryable<PracticeLeaderRow> PracticeLeaders => Set<PracticeLeaderRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.MapPracticeReadModel();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}
