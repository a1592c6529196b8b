using Consortium.Practice.Outcomes;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Tests.Settings;

public sealed class PracticePolicyStoreTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static Task<CurrentSettings<PracticePolicy>> Current(IServiceProvider sp) => sp.GetRequiredService<SettingsStore<PracticePolicy>>().GetCurrentAsync();

    private static Task<int> RevisionCount(IServiceProvider sp) => sp.GetRequiredService<PracticeDbContext>().SettingsRevisions.CountAsync(r => r.Kind == "PracticePolicy");

    [Fact]
    public async Task A_new_database_starts_with_the_statutory_defaults_and_the_authoritys_own_name_for_the_model()
    {
        var leicestershire = await _host.ProvisionedAsync("leicestershire");
        var brent = await _host.ProvisionedAsync("brent");

        var ofLeicestershire = await _host.As(leicestershire, Current);
        var ofBrent = await _host.As(brent, Current);

        Assert.Equal(1, ofLeicestershire.Version);
        Assert.Equal("Growing Safety", ofLeicestershire.Settings.Terminology.ModelName);
        Assert.Equal("Signs of Safety", ofBrent.Settings.Terminology.ModelName);
        Assert.Equal(45, ofBrent.Settings.Timescales.AssessmentWorkingDays);
    }

    [Fact]
    public async Task A_saved_change_becomes_the_next_version_with_who_and_what_and_is_seen_without_a_restart()
    {
        var brent = await _host.ProvisionedAsync("brent");
        Assert.Equal(45, await _host.As(brent, sp => Task.FromResult(sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales.AssessmentWorkingDays)));

        var result = await _host.As(brent, async sp =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            var proposed = SettingsJson.With(current.Settings, "Timescales.AssessmentWorkingDays", "40").Settings!;
            return await store.SaveAsync(proposed, current.Version, "qa lead");
        });

        Assert.Equal(2, result.Value);
        Assert.Equal(40, await _host.As(brent, sp => Task.FromResult(sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Timescales.AssessmentWorkingDays)));
        var history = await _host.As(brent, sp => sp.GetRequiredService<SettingsStore<PracticePolicy>>().GetHistoryAsync());
        Assert.Equal([2, 1], history.Select(r => r.Version));
        Assert.Equal("qa lead", history[0].ChangedBy);
        Assert.Equal("Assessment timescale: 45 → 40 working days", history[0].Summary);
    }

    [Fact]
    public async Task An_invalid_policy_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var brent = await _host.ProvisionedAsync("brent");

        var result = await _host.As(brent, async sp =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            current.Settings.Disclosure.SuppressionThreshold = 2;
            current.Settings.Terminology.SafetyGoal = "";
            return await store.SaveAsync(current.Settings, current.Version, "admin");
        });

        Assert.False(result.IsDone);
        Assert.Equal(["Terminology.SafetyGoal", "Disclosure.SuppressionThreshold"], result.Errors().Select(p => p.Field));
        Assert.Equal(1, await _host.As(brent, RevisionCount));
        Assert.Equal(5, (await _host.As(brent, Current)).Settings.Disclosure.SuppressionThreshold);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_the_other_persons_change_and_overwrites_nothing()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var loadedByBoth = await _host.As(brent, Current);

        await _host.As(brent, sp => sp.GetRequiredService<SettingsStore<PracticePolicy>>().SaveAsync(
            SettingsJson.With(loadedByBoth.Settings, "Timescales.CoreGroupWorkingDays", "8").Settings!, loadedByBoth.Version, "first person"));
        var second = await _host.As(brent, sp => sp.GetRequiredService<SettingsStore<PracticePolicy>>().SaveAsync(
            SettingsJson.With(loadedByBoth.Settings, "Timescales.VisitFrequencyWorkingDays", "15").Settings!, loadedByBoth.Version, "second person"));

        Assert.False(second.IsDone);
        Assert.StartsWith("first person saved a newer version (2)", second.Conflict().Message, StringComparison.Ordinal);
        Assert.Equal(["Core group timescale: 10 → 8 working days"], second.Conflict().TheirChanges);
        var now = await _host.As(brent, Current);
        Assert.Equal(8, now.Settings.Timescales.CoreGroupWorkingDays);
        Assert.Equal(10, now.Settings.Timescales.VisitFrequencyWorkingDays);
    }

    [Fact]
    public async Task Of_two_simultaneous_saves_of_the_same_version_exactly_one_wins()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var loaded = await _host.As(brent, Current);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => _host.As(brent, sp =>
            sp.GetRequiredService<SettingsStore<PracticePolicy>>().SaveAsync(
                SettingsJson.With(loaded.Settings, "Timescales.MapReviewIntervalDays", (60 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).Settings!,
                loaded.Version,
                $"person {i}")))));

        Assert.Single(results, r => r.IsDone);
        Assert.Equal(5, results.Count(r => r.Failure is Failure.Conflict));
        Assert.Equal(2, await _host.As(brent, RevisionCount));
    }

    [Fact]
    public async Task A_change_must_say_who_made_it()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var result = await _host.As(brent, async sp =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            return await store.SaveAsync(current.Settings, current.Version, " ");
        });

        Assert.Equal([new FieldError("ChangedBy", "Say who is making the change")], result.Errors());
    }

    [Fact]
    public async Task A_save_based_on_a_version_ahead_of_the_latest_is_a_conflict_that_names_nobody_and_saves_nothing()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var (result, after) = await _host.As(brent, async sp =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            var saved = await store.SaveAsync(current.Settings, current.Version + 5, "admin");
            return (saved, (await store.GetCurrentAsync()).Version);
        });

        Assert.Equal("The version you edited is not the latest", result.Conflict().Message);
        Assert.Empty(result.Conflict().TheirChanges);
        Assert.Equal(1, after);
    }

    [Fact]
    public async Task One_authoritys_change_leaves_anothers_policy_alone()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var bristol = await _host.ProvisionedAsync("bristol");

        await _host.As(brent, async sp =>
        {
            var store = sp.GetRequiredService<SettingsStore<PracticePolicy>>();
            var current = await store.GetCurrentAsync();
            return await store.SaveAsync(SettingsJson.With(current.Settings, "Terminology.ModelName", "Brent Way").Settings!, current.Version, "admin");
        });

        Assert.Equal("Brent Way", await _host.As(brent, sp => Task.FromResult(sp.GetRequiredService<IOptions<PracticePolicy>>().Value.Terminology.ModelName)));
        Assert.Equal("Signs of Safety", await _host.As(bristol, sp => Task.FromResult(sp.GetRequiredService<IOptions<PracticePolicy>>().Value.Terminology.ModelName)));
        Assert.Equal(1, (await _host.As(bristol, Current)).Version);
    }
}
