using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Data;

/// <summary>
/// The metrics side of an authority's database: its working-day calendar, what it shared, its outbox and who holds
/// its scheduled jobs, which this context migrates (history in <see cref="MigrationsHistoryTable"/>), plus read
/// access to the practice tables it aggregates, which the practice context owns and migrates.
/// </summary>
public sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options, TenantInfo tenant) : TenantDbContext(options, tenant)
{
    public const string MigrationsHistoryTable = "__MetricsMigrationsHistory";

    public DbSet<WorkingDayNumber> WorkingDays => Set<WorkingDayNumber>();
    public DbSet<SharedSnapshot> SharedSnapshots => Set<SharedSnapshot>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ScheduleLease> ScheduleLeases => Set<ScheduleLease>();

    public IQueryable<CaseRecord> Cases => Set<CaseRecord>().AsNoTracking();
    public IQueryable<StageChange> StageChanges => Set<StageChange>().AsNoTracking();
    public IQueryable<SafetyMap> Maps => Set<SafetyMap>().AsNoTracking();
    public IQueryable<SafetyRating> Ratings => Set<SafetyRating>().AsNoTracking();
    public IQueryable<SafetyNetworkMember> Network => Set<SafetyNetworkMember>().AsNoTracking();
    public IQueryable<SafetyPlanRevision> Plans => Set<SafetyPlanRevision>().AsNoTracking();
    public IQueryable<DirectWorkRecord> DirectWork => Set<DirectWorkRecord>().AsNoTracking();
    public IQueryable<ReviewConference> ReviewConferences => Set<ReviewConference>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PracticeDbContext).Assembly);
        foreach (var practiceType in modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Assembly == typeof(PracticeDbContext).Assembly && !t.ClrType.IsAssignableTo(typeof(CensusCode))).ToList())
        {
            if (!practiceType.IsOwned())
            {
                modelBuilder.Entity(practiceType.ClrType).ToTable(practiceType.GetTableName()!, t => t.ExcludeFromMigrations());
            }
        }

        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MetricsDbContext).Assembly);
        base.OnModelCreating(modelBuilder);
    }
}
