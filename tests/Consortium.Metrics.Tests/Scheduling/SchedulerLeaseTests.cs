using Consortium.Metrics.Data;
using Consortium.Metrics.Scheduling;
using Consortium.Practice.Data;
using Consortium.Tenancy.Data.Seeding;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Tests.Scheduling;

/// <summary>
/// Two schedulers (as two app instances would run) on one authority's database: a day's run is done by one of them,
/// and a run left by an instance that died is taken over once its lease has expired.
/// </summary>
public sealed class SchedulerLeaseTests : IAsyncLifetime
{
    private readonly MetricsTestHost _host = new();
    private readonly MovableClock _clock = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("wokingham");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private SnapshotScheduler Instance(IStartupSeeding? seeding = null) => new(
        _host.Services.GetRequiredService<IndicatorPublisher>(),
        new OneAuthority(_tenant),
        _host.Services.GetRequiredService<ITenantDbContextFactory<MetricsDbContext>>(),
        Options.Create(new SnapshotScheduleOptions()),
        _clock,
        NullLogger<SnapshotScheduler>.Instance,
        seeding)
    {
        RetryInterval = TimeSpan.FromMilliseconds(100),
    };

    private Task<int> Shared() => _host.As(_tenant, sp => sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.CountAsync());

    /// <summary>A referral today: the recent periods' figures are no longer what was last shared.</summary>
    private Task ReferToday() => _host.As(_tenant, async sp =>
    {
        var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
        book.Case(book.Child(), DateOnly.FromDateTime(DateTime.UtcNow));
        await book.SaveAsync();
    });

    [Fact]
    public async Task Of_two_instances_one_does_the_days_run_and_the_other_skips_it_even_when_the_figures_change_between()
    {
        var (first, second) = (Instance(), Instance());

        var together = await Task.WhenAll(Task.Run(() => first.RunDailyAsync(CancellationToken.None)), Task.Run(() => second.RunDailyAsync(CancellationToken.None)));
        await ReferToday();
        var later = await second.RunDailyAsync(CancellationToken.None);

        Assert.Equal(new[] { 0, 6 }, together.Order());
        Assert.Equal(0, later);
        Assert.Equal(6, await Shared());
    }

    [Fact]
    public async Task The_publish_at_start_waits_for_what_the_process_is_still_writing_into_the_authoritys_database()
    {
        var seeding = new Synthetic.DemoHistoryProgress();
        seeding.Expect(_tenant);
        await ReferToday();

        var publishing = Instance(seeding).PublishAtStartAsync(1, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var sharedWhileWriting = await Shared();
        seeding.Done(_tenant);
        var written = await publishing.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, sharedWhileWriting);
        Assert.True(written > 0);
        Assert.Equal(written, await Shared());
    }

    [Fact]
    public async Task The_next_days_run_is_done_again()
    {
        await Instance().RunDailyAsync(CancellationToken.None);
        await ReferToday();
        _clock.Advance(TimeSpan.FromDays(1));

        var written = await Instance().RunDailyAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(written > 0, "the periods the referral changed are shared again");
    }

    [Fact]
    public async Task A_run_held_by_an_instance_that_died_waits_for_its_lease_and_is_then_taken_over()
    {
        var dead = new ScheduleLeases(_host.Services.GetRequiredService<ITenantDbContextFactory<MetricsDbContext>>(), _clock);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(LeaseOutcome.Taken, await dead.TryTakeAsync(_tenant, SnapshotScheduler.DailyJob, today, TimeSpan.FromMinutes(30), CancellationToken.None));
        var survivor = Instance();

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => survivor.RunDailyAsync(wait.Token));
        }

        Assert.Equal(0, await Shared());
        var run = survivor.RunDailyAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(6, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(6, await Shared());
    }

    private sealed class OneAuthority(TenantInfo tenant) : ITenantDirectory
    {
        public Task<IReadOnlyList<TenantInfo>> GetAllAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<TenantInfo>>([tenant]);

        public Task<TenantInfo?> FindByIdentifierAsync(string identifier, CancellationToken cancellationToken = default) =>
            Task.FromResult(identifier == tenant.Identifier ? tenant : null);

        public Task<TenantInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(id == tenant.Id ? tenant : null);
    }

    /// <summary>The system clock, moved on by the test; timers still run in real time.</summary>
    private sealed class MovableClock : TimeProvider
    {
        private TimeSpan _offset;

        public void Advance(TimeSpan by) => _offset += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
    }
}
