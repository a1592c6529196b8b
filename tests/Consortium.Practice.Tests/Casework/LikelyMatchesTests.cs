using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class LikelyMatchesTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private CaseRecord _oscar = null!;

    private static NewReferral Oscar => CaseworkServiceTests.Referral("Oscar", "Jones") with { DateOfBirth = new DateOnly(2016, 3, 9), Address = "12 Elm Road, Wembley HA9 7AB" };

    public async Task InitializeAsync()
    {
        _oscar = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(Oscar, Priya))).Value!;
        await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral("Olivia", "Jonas") with { DateOfBirth = new DateOnly(2018, 1, 2) }, Priya));
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<IReadOnlyList<ChildMatch>> Matches(NewReferral referral, StaffMember? who = null, string slug = "brent") =>
        At(slug, sp => sp.GetRequiredService<LikelyMatches>().ForAsync(referral, who ?? Priya));

    [Theory]
    [InlineData("Oscar", "Jones", 2016, 3, 9, "", "the same name, the same date of birth")]
    [InlineData("oscar", "JONES", 2016, 3, 9, "", "the same name, the same date of birth")]
    [InlineData("Oskar", "Jones", 2016, 3, 9, "", "a name spelt alike, the same date of birth")]
    [InlineData("Jones", "Oscar", 2016, 3, 9, "", "the same names in the other order, the same date of birth")]
    [InlineData("Oscar", "Jones", 2016, 9, 3, "", "the same name, a date of birth that differs only by a swapped day and month or by a year")]
    [InlineData("Oscar", "Jones", 2019, 6, 1, "Flat 2, 12 Elm Rd, ha97ab", "the same name, the same postcode")]
    [InlineData("Ozzy", "Jones", 2016, 3, 9, "12 Elm Road HA9 7AB", "the same date of birth, the same postcode")]
    public async Task The_same_child_recorded_differently_is_offered_with_why(string given, string family, int year, int month, int day, string address, string why)
    {
        var referral = Oscar with { GivenName = given, FamilyName = family, DateOfBirth = new DateOnly(year, month, day), Address = address };

        var match = Assert.Single(await Matches(referral));

        Assert.Equal(_oscar.ChildId, match.ChildId);
        Assert.Equal(why, string.Join(", ", match.Reasons));
        Assert.Equal(_oscar.Reference, match.OpenCaseReference);
    }

    [Theory]
    [InlineData("Oscar", "Jones", 2012, 3, 9, "")]
    [InlineData("Amara", "Okafor", 2016, 3, 9, "")]
    [InlineData("Oscar", "Smith", 2016, 3, 9, "")]
    public async Task A_different_child_is_not_offered(string given, string family, int year, int month, int day, string address)
    {
        var referral = Oscar with { GivenName = given, FamilyName = family, DateOfBirth = new DateOnly(year, month, day), Address = address };

        Assert.Empty(await Matches(referral));
    }

    [Fact]
    public async Task A_restricted_record_is_offered_only_to_the_staff_named_on_it_and_never_at_another_authority()
    {
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(_oscar.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        Assert.Empty(await Matches(Oscar, Priya));
        Assert.Single(await Matches(Oscar, Mo));
        Assert.Empty(await Matches(Oscar, Mo, "bristol"));
    }
}
