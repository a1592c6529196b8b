using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class AuthorisationServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly StaffMember Pat = new("brent-practice-manager", "Pat Both", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner, StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private static StageTransition CompleteAssessment(DateOnly on) => new(CaseStage.ChildInNeedPlan, on, AssessmentFactors: ["2B"]);

    private async Task<CaseRecord> InAssessment(StaffMember worker)
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-10) }, worker))).Value!;
        var moved = await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.Assessment, Today.AddDays(-9)), record.ConcurrencyToken, worker));
        return moved.Value!;
    }

    [Fact]
    public async Task A_practitioner_asks_for_authorisation_and_a_manager_gives_it_which_completes_the_assessment()
    {
        var record = await InAssessment(Priya);

        var asked = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, CompleteAssessment(Today.AddDays(-1)), record.ConcurrencyToken, Priya));

        Assert.True(asked.IsDone, asked.Failure?.ToString());
        Assert.NotNull(asked.Value!.Awaiting);
        var waiting = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.SingleAsync(c => c.Id == record.Id));
        Assert.Equal((CaseStage.Assessment, (DateOnly?)null), (waiting.Stage, waiting.AssessmentAuthorised));

        var authorised = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().AuthoriseAsync(asked.Value.Awaiting!.Id, Today, waiting.ConcurrencyToken, Mo));

        Assert.True(authorised.IsDone, authorised.Failure?.ToString());
        var done = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.Include(c => c.History).SingleAsync(c => c.Id == record.Id));
        Assert.Equal((CaseStage.ChildInNeedPlan, (DateOnly?)Today), (done.Stage, done.AssessmentAuthorised));
        Assert.Equal("Mo Manager", done.History.OrderBy(h => h.RecordedAt).Last().RecordedBy);
        var request = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().AuthorisationRequests.SingleAsync());
        Assert.Equal((AuthorisationDecision.Authorised, "Priya Practitioner", "Mo Manager"), (request.Decision, request.RequestedByName, request.DecidedByName));
    }

    [Fact]
    public async Task A_practitioner_cannot_authorise_their_own_assessment_nor_a_manager_who_asked_for_it()
    {
        var record = await InAssessment(Priya);
        var direct = await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, CompleteAssessment(Today), record.ConcurrencyToken, Priya));
        direct.Refused();

        var asked = (await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, CompleteAssessment(Today), record.ConcurrencyToken, Priya))).Value!.Awaiting!;
        var byPriya = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().AuthoriseAsync(asked.Id, Today, record.ConcurrencyToken, Priya));
        byPriya.NotFound();

        var patsCase = await InAssessment(Pat);
        var patProposes = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(patsCase.Id, CompleteAssessment(Today), patsCase.ConcurrencyToken, Pat));
        Assert.NotNull(patProposes.Value!.Awaiting);
        var patAuthorisesOwn = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().AuthoriseAsync(patProposes.Value.Awaiting!.Id, Today, patsCase.ConcurrencyToken, Pat));
        patAuthorisesOwn.Refused();

        var stages = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.Select(c => c.Stage).ToListAsync());
        Assert.All(stages, s => Assert.Equal(CaseStage.Assessment, s));
    }

    [Fact]
    public async Task A_manager_who_does_not_hold_the_case_moves_it_directly_and_that_is_their_authorisation()
    {
        var record = await InAssessment(Priya);

        var moved = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, CompleteAssessment(Today), record.ConcurrencyToken, Mo));

        Assert.True(moved.IsDone, moved.Failure?.ToString());
        Assert.Null(moved.Value!.Awaiting);
        Assert.Equal(CaseStage.ChildInNeedPlan, moved.Value.Case.Stage);
    }

    [Fact]
    public async Task A_declined_request_leaves_the_case_where_it_was_with_the_reason_and_only_one_request_waits_at_a_time()
    {
        var record = await InAssessment(Priya);
        var closing = new StageTransition(CaseStage.Closed, Today, ClosureReason: "RC8", AssessmentFactors: ["21"]);
        var proposed = (await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, closing, record.ConcurrencyToken, Priya))).Value!;
        var asked = proposed.Awaiting!;
        var again = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, closing, proposed.Case.ConcurrencyToken, Priya));
        again.Refused();

        var noReason = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().DeclineAsync(asked.Id, " ", Mo));
        Assert.Equal("Reason", Assert.Single(noReason.Errors()).Field);
        var declined = await At("brent", sp => sp.GetRequiredService<AuthorisationService>().DeclineAsync(asked.Id, "Speak to the school first.", Mo));

        Assert.True(declined.IsDone, declined.Failure?.ToString());
        var request = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().AuthorisationRequests.SingleAsync());
        Assert.Equal((AuthorisationDecision.Declined, "Speak to the school first."), (request.Decision, request.DeclineReason));
        Assert.Equal(CaseStage.Assessment, (await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.SingleAsync())).Stage);
    }

    [Fact]
    public async Task Another_authority_cannot_see_authorise_or_decline_a_request()
    {
        var record = await InAssessment(Priya);
        var asked = (await At("brent", sp => sp.GetRequiredService<AuthorisationService>().ProposeAsync(record.Id, CompleteAssessment(Today), record.ConcurrencyToken, Priya))).Value!.Awaiting!;
        var bristolMo = Mo with { Subject = "bristol-manager" };

        (await At("bristol", sp => sp.GetRequiredService<AuthorisationService>().AuthoriseAsync(asked.Id, Today, record.ConcurrencyToken, bristolMo))).NotFound();
        (await At("bristol", sp => sp.GetRequiredService<AuthorisationService>().DeclineAsync(asked.Id, "No", bristolMo))).NotFound();
        Assert.Empty(await At("bristol", sp => sp.GetRequiredService<AuthorisationService>().WaitingForTeamAsync(bristolMo)));
        Assert.Single(await At("brent", sp => sp.GetRequiredService<AuthorisationService>().WaitingForTeamAsync(Mo)));
    }
}
