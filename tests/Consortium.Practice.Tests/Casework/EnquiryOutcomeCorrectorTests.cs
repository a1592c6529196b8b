using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class EnquiryOutcomeCorrectorTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<Outcome<EnquiryOutcome>> Correct(Guid caseId, string outcome, Guid basedOn, string? why = "Typed against the wrong step", StaffMember? who = null, string slug = "brent", string reasons = "Police and health agreed.") =>
        At(slug, sp => sp.GetRequiredService<EnquiryOutcomeCorrector>().CorrectAsync(
            caseId, new EnquiryOutcomeCorrection(new EnquiryOutcomeInput(EnquiryStep.StrategyDiscussion, outcome, Today.AddDays(-9), reasons), why), basedOn, who ?? Priya));

    /// <summary>A case at strategy discussion whose outcome, "start a section 47 enquiry", Priya recorded.</summary>
    private async Task<(CaseRecord Case, EnquiryOutcome Outcome)> RecordedAsync()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-20) }, Priya))).Value!;
        record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.StrategyDiscussion, Today.AddDays(-10)), record.ConcurrencyToken, Priya))).Value!;
        var outcome = (await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeService>().RecordAsync(
            record.Id, new EnquiryOutcomeInput(EnquiryStep.StrategyDiscussion, "StartSection47", Today.AddDays(-9), "Police and health agreed."), Priya))).Value!;
        return (record, outcome);
    }

    [Fact]
    public async Task A_correction_replaces_the_outcome_keeps_the_version_it_replaced_with_who_and_why_and_is_logged()
    {
        var (record, recorded) = await RecordedAsync();

        var corrected = await Correct(record.Id, "NoFurtherAction", recorded.ConcurrencyToken, who: Mo);

        Assert.True(corrected.IsDone);
        Assert.Equal(EnquiryOutcomeCode.NoFurtherAction, corrected.Value!.Outcome);
        Assert.Equal("Mo Manager", corrected.Value.RecordedBy);
        Assert.NotEqual(recorded.ConcurrencyToken, corrected.Value.ConcurrencyToken);
        var history = await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeCorrector>().HistoryOfCaseAsync(record.Id));
        var replaced = Assert.Single(history);
        Assert.Equal((EnquiryOutcomeCode.StartSection47, "Priya Practitioner", "Mo Manager", "Typed against the wrong step"), (replaced.Outcome, replaced.RecordedBy, replaced.CorrectedBy, replaced.WhyCorrected));
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Single(log, l => l.RecordType == "enquiry-outcome" && l.Action == AccessAction.Changed && l.StaffSubject == Mo.Subject);
    }

    [Fact]
    public async Task A_correction_from_a_version_someone_has_since_corrected_is_refused_naming_their_change_and_keeping_nothing()
    {
        var (record, recorded) = await RecordedAsync();
        Assert.True((await Correct(record.Id, "SingleAssessment", recorded.ConcurrencyToken, who: Mo)).IsDone);

        var late = await Correct(record.Id, "NoFurtherAction", recorded.ConcurrencyToken, reasons: "Nothing to investigate.");

        var conflict = Assert.IsType<Failure.Conflict>(late.Failure);
        Assert.StartsWith("Mo Manager saved the outcome of the strategy discussion at ", conflict.Message, StringComparison.Ordinal);
        var outcome = Assert.Single(conflict.Changes);
        Assert.Equal(("Outcome", "Start a section 47 enquiry", "No section 47 enquiry: continue the single assessment (section 17)", "No further action"), (outcome.Field, outcome.Before, outcome.After, outcome.Yours));
        var now = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().EnquiryOutcomes.SingleAsync());
        Assert.Equal((EnquiryOutcomeCode.SingleAssessment, now.ConcurrencyToken.ToString("N")), (now.Outcome, conflict.Version));
        Assert.Single(await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeCorrector>().HistoryOfCaseAsync(record.Id)));
    }

    [Fact]
    public async Task A_correction_needs_a_reason_and_a_change_and_an_outcome_already_recorded()
    {
        var (record, recorded) = await RecordedAsync();

        var noReason = await Correct(record.Id, "NoFurtherAction", recorded.ConcurrencyToken, why: " ");
        var noChange = await Correct(record.Id, "StartSection47", recorded.ConcurrencyToken);
        var notRecorded = await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeCorrector>().CorrectAsync(
            record.Id, new EnquiryOutcomeCorrection(new EnquiryOutcomeInput(EnquiryStep.Section47Enquiry, "NotSubstantiated", Today, ""), "Wrong"), Guid.NewGuid(), Priya));

        Assert.Equal(["WhyCorrected"], Assert.IsType<Failure.Invalid>(noReason.Failure).Errors.Select(e => e.Field));
        Assert.Equal(["Outcome"], Assert.IsType<Failure.Invalid>(noChange.Failure).Errors.Select(e => e.Field));
        Assert.IsType<Failure.Refused>(notRecorded.Failure);
        Assert.Empty(await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeCorrector>().HistoryOfCaseAsync(record.Id)));
    }

    [Fact]
    public async Task Another_authority_given_the_case_id_cannot_correct_the_outcome_or_read_its_history()
    {
        var (record, recorded) = await RecordedAsync();

        var fromBristol = await Correct(record.Id, "NoFurtherAction", recorded.ConcurrencyToken, slug: "bristol");
        var bristolHistory = await At("bristol", sp => sp.GetRequiredService<PracticeDbContext>().EnquiryOutcomeRevisions.CountAsync());

        Assert.Equal(new Failure.NotFound("case"), fromBristol.Failure);
        Assert.Equal(0, bristolHistory);
        Assert.Equal(EnquiryOutcomeCode.StartSection47, (await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().EnquiryOutcomes.SingleAsync())).Outcome);
    }
}
