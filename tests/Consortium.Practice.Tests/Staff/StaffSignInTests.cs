using Consortium.Practice.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Staff;

public sealed class StaffSignInTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_first_sign_in_links_the_record_with_that_sign_in_name_and_later_ones_find_it_by_subject()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var sam = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam.example@brent.gov.uk"));

        var first = await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-1", ["sam.example", "Sam.Example@brent.gov.uk"]));
        var again = await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-1", ["sam.example"]));

        Assert.Equal((SignInMatch.Linked, SignInMatch.AlreadyLinked), (first, again));
        var stored = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().FindAsync(sam.Id));
        Assert.Equal("subject-1", stored!.Subject);
    }

    [Fact]
    public async Task Names_that_fit_two_records_link_neither()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam@brent.gov.uk"));
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam.example@brent.gov.uk", "Samuel"));

        var match = await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-2", ["sam@brent.gov.uk", "sam.example@brent.gov.uk"]));

        Assert.Equal(SignInMatch.Ambiguous, match);
        Assert.All(await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ChooseFromAsync()), c => Assert.Null(c.Subject));
    }

    [Fact]
    public async Task A_record_already_linked_to_another_subject_or_of_a_leaver_is_not_linked()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam@brent.gov.uk"));
        await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-1", ["sam@brent.gov.uk"]));
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("left@brent.gov.uk", "Lee") with { EndDate = new DateOnly(2024, 12, 31) });

        var other = await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-2", ["sam@brent.gov.uk"]));
        var leaver = await _host.As(brent, sp => sp.GetRequiredService<StaffSignIn>().MatchAsync("subject-3", ["left@brent.gov.uk"]));

        Assert.Equal((SignInMatch.NoRecord, SignInMatch.NoRecord), (other, leaver));
    }
}
