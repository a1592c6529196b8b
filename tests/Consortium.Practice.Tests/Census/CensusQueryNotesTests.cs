using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Census;

/// <summary>Notes explaining census queries: one per year, rule and child, replaced when written again, only for queries, and each authority's own.</summary>
public sealed class CensusQueryNotesTests : IAsyncLifetime
{
    private static readonly StaffMember Ada = new("norfolk-admin", "Ada Administrator", "", new HashSet<StaffRole> { StaffRole.TenantAdministrator });
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<CensusQueryNotes, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), sp => work(sp.GetRequiredService<CensusQueryNotes>()));

    [Fact]
    public async Task A_note_is_kept_by_rule_and_child_replaced_when_written_again_and_not_seen_by_another_authority()
    {
        Assert.True((await At("norfolk", n => n.WriteAsync(2026, "8770Q", "C000123", "Home educated; UPN requested from the school.", Ada))).IsDone);
        Assert.True((await At("norfolk", n => n.WriteAsync(2026, "2887Q", null, "A small authority: seven codes is right.", Ada))).IsDone);
        Assert.True((await At("norfolk", n => n.WriteAsync(2026, "8770Q", "C000123", "UPN now received; corrected.", Ada))).IsDone);

        var notes = await At("norfolk", n => n.ForYearAsync(2026));

        Assert.Equal(2, notes.Count);
        Assert.Equal(("UPN now received; corrected.", "Ada Administrator"), (notes[("8770Q", "C000123")].Text, notes[("8770Q", "C000123")].WrittenBy));
        Assert.Equal("A small authority: seven codes is right.", notes[("2887Q", "")].Text);
        Assert.Empty(await At("norfolk", n => n.ForYearAsync(2025)));
        Assert.Empty(await At("brent", n => n.ForYearAsync(2026)));
    }

    [Fact]
    public async Task Only_a_query_can_have_a_note_and_an_empty_or_long_note_saves_nothing()
    {
        (await At("norfolk", n => n.WriteAsync(2026, "8540", "C000123", "Not a query", Ada))).NotFound();
        (await At("norfolk", n => n.WriteAsync(2026, "9999Q", "C000123", "No such rule", Ada))).NotFound();
        Assert.Equal(["Text"], (await At("norfolk", n => n.WriteAsync(2026, "8770Q", "C000123", "  ", Ada))).Errors().Select(e => e.Field));
        Assert.Equal(["Text"], (await At("norfolk", n => n.WriteAsync(2026, "8770Q", "C000123", new string('x', CensusQueryNote.MaxText + 1), Ada))).Errors().Select(e => e.Field));

        Assert.Empty(await At("norfolk", n => n.ForYearAsync(2026)));
    }
}
