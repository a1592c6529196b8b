using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.SelfAssessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.SelfAssessment;

public sealed class SelfAssessmentServiceTests : IAsyncLifetime
{
    private static readonly StaffMember Ada = new("brent-admin", "Ada Administrator", "", new HashSet<StaffRole> { StaffRole.TenantAdministrator });
    private static readonly StaffMember Bo = new("brent-admin-2", "Bo Administrator", "", new HashSet<StaffRole> { StaffRole.TenantAdministrator });
    private static readonly StaffMember Quinn = new("brent-qa", "Quinn Quality", "", new HashSet<StaffRole> { StaffRole.QualityAssurance });
    private static readonly string ThisQuarter = ReportingQuarter.Key(ReportingQuarter.StartOf(DateOnly.FromDateTime(DateTime.UtcNow)));
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private static SelfAssessmentInput Input(string? quarter, int training = 3, string trainingEvidence = "Half the practitioners trained") =>
        new(quarter, ImplementationElements.All.ToDictionary(
            e => e,
            e => e == ImplementationElement.Training ? new ElementRatingInput(training.ToString(System.Globalization.CultureInfo.InvariantCulture), trainingEvidence) : new ElementRatingInput("5", $"Evidence of {e}")));

    private Task<Outcome<SelfAssessmentQuarter>> Save(SelfAssessmentInput input, int version, StaffMember? who = null, string slug = "brent", IReadOnlyDictionary<string, string>? startedFrom = null) =>
        At(slug, sp => sp.GetRequiredService<SelfAssessmentService>().SaveAsync(input, version, who ?? Ada, startedFrom));

    [Fact]
    public async Task A_quarter_is_rated_on_every_element_with_evidence_and_saved_again_as_a_new_version()
    {
        var first = await Save(Input(ThisQuarter), 0);
        var second = await Save(Input(ThisQuarter, training: 6, trainingEvidence: "Advanced course run twice"), first.Value!.Version);

        Assert.True(second.IsDone);
        var history = await At("brent", sp => sp.GetRequiredService<SelfAssessmentService>().HistoryAsync());
        var quarter = Assert.Single(history);
        Assert.Equal(2, quarter.Version);
        Assert.Equal(6, quarter.Ratings.Single(r => r.Element == ImplementationElement.Training).Rating);
        Assert.Equal(ImplementationElements.All.Count, quarter.Ratings.Count);
    }

    [Fact]
    public async Task A_rating_outside_0_to_10_missing_evidence_a_future_or_unreadable_quarter_saves_nothing()
    {
        var future = ReportingQuarter.Key(ReportingQuarter.StartOf(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3)));
        var badRating = Input(ThisQuarter, training: 11);
        var noEvidence = Input(ThisQuarter, trainingEvidence: " ");

        var results = new[] { await Save(badRating, 0), await Save(noEvidence, 0), await Save(Input(future), 0), await Save(Input("2026 Q3"), 0) };

        Assert.Equal(["Rating-Training"], Assert.IsType<Failure.Invalid>(results[0].Failure).Errors.Select(e => e.Field));
        Assert.Equal(["Evidence-Training"], Assert.IsType<Failure.Invalid>(results[1].Failure).Errors.Select(e => e.Field));
        Assert.Equal(["Quarter"], Assert.IsType<Failure.Invalid>(results[2].Failure).Errors.Select(e => e.Field));
        Assert.Equal(["Quarter"], Assert.IsType<Failure.Invalid>(results[3].Failure).Errors.Select(e => e.Field));
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().SelfAssessments.CountAsync()));
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_a_conflict_naming_the_other_change_field_by_field()
    {
        var first = (await Save(Input(ThisQuarter), 0)).Value!;
        var startedFrom = SelfAssessmentService.Fields(first).Values;
        Assert.True((await Save(Input(ThisQuarter, training: 7), 1, Bo)).IsDone);

        var late = await Save(Input(ThisQuarter, trainingEvidence: "Trainers booked for spring"), 1, startedFrom: startedFrom);

        var conflict = Assert.IsType<Failure.Conflict>(late.Failure);
        Assert.StartsWith("Bo Administrator saved this quarter's self-assessment", conflict.Message, StringComparison.Ordinal);
        var change = Assert.Single(conflict.Changes);
        Assert.Equal(("Rating-Training", "3", "7", (string?)null), (change.Field, change.Before, change.After, change.Yours));
        Assert.Equal("2", conflict.Version);
    }

    [Fact]
    public async Task Only_administrators_rate_and_another_authority_neither_sees_nor_overwrites_the_quarter()
    {
        Assert.True((await Save(Input(ThisQuarter), 0)).IsDone);

        var byQuality = await Save(Input(ThisQuarter), 1, Quinn);
        var bristolHistory = await At("bristol", sp => sp.GetRequiredService<SelfAssessmentService>().HistoryAsync());
        var bristolSaves = await Save(Input(ThisQuarter, training: 9), 0, slug: "bristol");

        Assert.IsType<Failure.Refused>(byQuality.Failure);
        Assert.Empty(bristolHistory);
        Assert.True(bristolSaves.IsDone);
        var brent = Assert.Single(await At("brent", sp => sp.GetRequiredService<SelfAssessmentService>().HistoryAsync()));
        Assert.Equal(3, brent.Ratings.Single(r => r.Element == ImplementationElement.Training).Rating);
    }
}
