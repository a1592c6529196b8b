using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class EnquiryOutcomeServiceTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<Outcome<EnquiryOutcome>> Record(Guid caseId, EnquiryStep step, string outcome, DateOnly on, string slug = "brent") =>
        At(slug, sp => sp.GetRequiredService<EnquiryOutcomeService>().RecordAsync(caseId, new EnquiryOutcomeInput(step, outcome, on, "Police and health agreed."), Priya));

    private async Task<CaseRecord> Moved(CaseRecord record, CaseStage stage, DateOnly on) =>
        (await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(stage, on), record.ConcurrencyToken, Priya))).Value!;

    [Fact]
    public async Task Each_outcome_is_recorded_once_after_its_step_started_with_a_code_of_that_step_and_shows_in_the_chronology()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-20) }, Priya))).Value!;
        var tooEarly = await Record(record.Id, EnquiryStep.StrategyDiscussion, "StartSection47", Today);
        record = await Moved(record, CaseStage.StrategyDiscussion, Today.AddDays(-10));

        var wrongCode = await Record(record.Id, EnquiryStep.StrategyDiscussion, "ConferenceNeeded", Today);
        var beforeItStarted = await Record(record.Id, EnquiryStep.StrategyDiscussion, "StartSection47", Today.AddDays(-11));
        var saved = await Record(record.Id, EnquiryStep.StrategyDiscussion, "StartSection47", Today.AddDays(-9));
        var again = await Record(record.Id, EnquiryStep.StrategyDiscussion, "NoFurtherAction", Today);
        record = await Moved(record, CaseStage.Section47Enquiry, Today.AddDays(-9));
        var section47 = await Record(record.Id, EnquiryStep.Section47Enquiry, "NotSubstantiated", Today);

        Assert.IsType<Failure.Refused>(tooEarly.Failure);
        Assert.Equal(["Outcome"], Assert.IsType<Failure.Invalid>(wrongCode.Failure).Errors.Select(e => e.Field));
        Assert.Equal(["DecidedOn"], Assert.IsType<Failure.Invalid>(beforeItStarted.Failure).Errors.Select(e => e.Field));
        Assert.True(saved.IsDone);
        Assert.Equal(new Failure.Refused("The outcome of the strategy discussion is already recorded"), again.Failure);
        Assert.True(EnquiryOutcomes.ConferenceNotRequired(section47.Value!.Outcome));
        var chronology = (await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Priya))).Value!;
        Assert.Contains(chronology.Events, e => e.Kind == ChronologyEventKind.StrategyDiscussion && e.What == "Strategy discussion outcome: Start a section 47 enquiry");
        Assert.Contains(chronology.Events, e => e.Kind == ChronologyEventKind.Section47 && e.What == "Section 47 enquiry outcome: Concerns not substantiated: no conference (ICPC not required)");
        Assert.Equal(2, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().AccessLog.CountAsync(l => l.RecordType == "enquiry-outcome")));
    }

    [Fact]
    public async Task Another_authority_given_the_case_id_neither_reads_nor_records_an_outcome()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-20) }, Priya))).Value!;
        record = await Moved(record, CaseStage.StrategyDiscussion, Today.AddDays(-10));

        var recorded = await Record(record.Id, EnquiryStep.StrategyDiscussion, "StartSection47", Today, slug: "bristol");
        var read = await At("bristol", sp => sp.GetRequiredService<EnquiryOutcomeService>().ForCaseAsync(record.Id, Priya));

        Assert.Equal(new Failure.NotFound("case"), recorded.Failure);
        Assert.Null(read);
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().EnquiryOutcomes.CountAsync()));
    }

    [Fact]
    public async Task A_restricted_record_opens_its_outcomes_only_to_staff_named_on_it_and_a_refusal_is_logged()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-20) }, Priya))).Value!;
        record = await Moved(record, CaseStage.StrategyDiscussion, Today.AddDays(-10));
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        var notNamedRecords = await Record(record.Id, EnquiryStep.StrategyDiscussion, "StartSection47", Today);
        var notNamedReads = await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeService>().ForCaseAsync(record.Id, Priya));
        var named = await At("brent", sp => sp.GetRequiredService<EnquiryOutcomeService>().ForCaseAsync(record.Id, Mo));

        Assert.Equal(new Failure.NotFound("case"), notNamedRecords.Failure);
        Assert.Null(notNamedReads);
        Assert.NotNull(named);
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Single(log, l => l.RecordType == "enquiry outcomes" && l.Action == AccessAction.Refused);
        Assert.Single(log, l => l.RecordType == "enquiry outcomes" && l.Action == AccessAction.Viewed && l.StaffSubject == Mo.Subject);
    }
}
