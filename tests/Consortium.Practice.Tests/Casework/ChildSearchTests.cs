using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class ChildSearchTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 30; i++)
        {
            var given = $"Child{(char)('A' + i / 26)}{(char)('a' + i % 26)}";
            await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(given, "Jones") with { DateOfBirth = new DateOnly(2015, 1, 1).AddDays(i) }, Priya));
        }
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<ChildSearchResult> Find(string query, int page = 0, StaffMember? who = null, string slug = "brent") =>
        At(slug, sp => sp.GetRequiredService<ChildSearch>().FindAsync(query, who ?? Priya, page));

    [Fact]
    public async Task Results_come_a_page_of_25_at_a_time_with_the_total_and_each_childs_date_of_birth()
    {
        var first = await Find("jones");
        var second = await Find("jones", 1);

        Assert.Equal((30, 2), (first.Total, first.Pages));
        Assert.Equal(25, first.Rows.Count);
        Assert.Equal(5, second.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.ChildId).Intersect(second.Rows.Select(r => r.ChildId)));
        Assert.Equal(new DateOnly(2015, 1, 1), first.Rows[0].DateOfBirth);
        Assert.Equal("ChildAa Jones", first.Rows[0].Name);
        Assert.NotNull(first.Rows[0].LatestCaseReference);
    }

    [Fact]
    public async Task Nothing_found_is_an_empty_result_and_another_authority_finds_none_of_them()
    {
        Assert.Equal(0, (await Find("nobody")).Total);
        Assert.Equal(0, (await Find("jones", slug: "bristol")).Total);
    }

    [Fact]
    public async Task A_restricted_child_is_left_out_of_name_results_and_counts_for_others_but_shows_by_reference()
    {
        var row = (await Find("ChildAa")).Rows.Single();
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(row.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        var forPriya = await Find("jones");
        var forMo = await Find("jones", who: Mo);
        var byReference = Assert.Single((await Find(child.Reference)).Rows);

        Assert.Equal(29, forPriya.Total);
        Assert.DoesNotContain(forPriya.Rows, r => r.ChildId == child.Id);
        Assert.Equal(30, forMo.Total);
        Assert.Null(byReference.Name);
        Assert.Null(byReference.DateOfBirth);
        Assert.Null(byReference.LatestCaseId);
    }
}
