using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consortium.Practice.Tests.Census;

/// <summary>The latest census run of each year is kept in the authority's database: a new process (a restart) shows it, another authority never does.</summary>
public sealed class CensusRunsKeptTests : IAsyncLifetime
{
    private static readonly StaffMember Ada = new("norfolk-admin", "Ada Administrator", "", new HashSet<StaffRole> { StaffRole.TenantAdministrator });
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private CensusRuns NewProcess() => new(_host.Services.GetRequiredService<ITenantScopeRunner>(), NullLogger<CensusRuns>.Instance);

    [Fact]
    public async Task A_finished_run_is_shown_after_a_restart_with_its_failures_counts_when_and_by_whom_and_never_to_another_authority()
    {
        var norfolk = await _host.ProvisionedAsync("norfolk");
        var brent = await _host.ProvisionedAsync("brent");
        var childId = await _host.As(norfolk, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = new Child
            {
                Reference = "C-000321", GivenName = "Kept", FamilyName = "Run", DateOfBirth = new DateOnly(2015, 2, 3), SexCode = Sex.List.FromStored("2"),
                EthnicityCode = Ethnicity.List.FromStored("WBRI"), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Children.Add(child);
            db.Cases.Add(new CaseRecord
            {
                ChildId = child.Id, Reference = "R-000321", Stage = CaseStage.Referral, ReferralDate = new DateOnly(2025, 9, 1),
                ReferralSource = ReferralSource.List.FromStored("2A"), PrimaryNeed = PrimaryNeed.List.FromStored("N1"), WorkerSubject = "x", WorkerName = "x", Team = "x",
            });
            await db.SaveChangesAsync();
            return child.Id;
        });
        var before = NewProcess().Start(norfolk, 2026, Ada);
        await before.Completion;

        var after = await NewProcess().LatestAsync(norfolk, 2026);

        Assert.NotNull(after?.Result);
        Assert.False(after.IsRunning);
        Assert.Equal((before.Result!.RanAt, "Ada Administrator", 1), (after.Result.RanAt, after.Result.RanBy, after.Result.Children));
        Assert.Equal(before.Result.Failures, after.Result.Failures);
        Assert.Contains(after.Result.Errors, f => f is { Code: "8540", LaChildId: "C000321" } && f.ChildId == childId && f.Message == before.Result.Errors.First(e => e.Code == "8540").Message);
        Assert.Equal(before.Result.CountsByRule, after.Result.CountsByRule);
        Assert.Null(await NewProcess().LatestAsync(norfolk, 2025));
        Assert.Null(await NewProcess().LatestAsync(brent, 2026));
    }
}
