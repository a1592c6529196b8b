using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Goals;
using Consortium.Practice.Tests.Casework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Goals;

public sealed class FamilyGoalServiceTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Tom = new("brent-manager", "Tom Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<FamilyGoalService, IServiceProvider, Task<T>> work) =>
        await _host.As(await _host.ProvisionedAsync(slug), sp => work(sp.GetRequiredService<FamilyGoalService>(), sp));

    private async Task<Guid> Case() =>
        (await At("brent", (_, sp) => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!.Id;

    private static GoalInput Goal(string words = "We want the children at school every day.", int? score = 2) => new() { Words = words, Score = score, RatedOn = Today.AddDays(-10) };

    private static RatingInput Rating(GoalStage stage, int score, int daysAgo = 0) => new() { Stage = stage, Score = score, RatedOn = Today.AddDays(-daysAgo) };

    [Fact]
    public async Task A_goal_is_kept_in_the_familys_words_with_its_ratings_and_is_achieved_at_or_above_the_policys_threshold()
    {
        var caseId = await Case();
        var first = (await At("brent", (s, _) => s.AddAsync(caseId, Goal(), Priya))).Value!;
        var second = (await At("brent", (s, _) => s.AddAsync(caseId, Goal("Dad keeps to the plan at contact.", 4), Priya))).Value!;

        Assert.True((await At("brent", (s, _) => s.RateAsync(caseId, first.Id, Rating(GoalStage.Review, 5, 5), 1, Priya))).IsDone);
        Assert.True((await At("brent", (s, _) => s.RateAsync(caseId, first.Id, Rating(GoalStage.Closure, 7), 2, Tom))).IsDone);
        Assert.True((await At("brent", (s, _) => s.RateAsync(caseId, second.Id, Rating(GoalStage.Closure, 6), 1, Priya))).IsDone);
        var goals = (await At("brent", (s, _) => s.OpenAsync(caseId, Priya)))!;

        Assert.Equal(7, goals.AchievedAtOrAbove);
        Assert.Equal(["We want the children at school every day.", "Dad keeps to the plan at contact."], goals.Goals.Select(g => g.Words));
        Assert.Equal([(GoalStage.Start, 2), (GoalStage.Review, 5), (GoalStage.Closure, 7)], goals.Goals[0].Ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.Stage).Select(r => (r.Stage, r.Score)));
        Assert.Equal([true, false], goals.Goals.Select(goals.IsAchieved));
        Assert.Equal(3, goals.Goals[0].Version);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        var caseId = await Case();

        var empty = await At("brent", (s, _) => s.AddAsync(caseId, new GoalInput { Words = " ", Score = 11, RatedOn = Today.AddDays(1) }, Priya));
        var beforeReferral = await At("brent", (s, _) => s.AddAsync(caseId, Goal() with { RatedOn = Today.AddYears(-1) }, Priya));
        var goal = (await At("brent", (s, _) => s.AddAsync(caseId, Goal(), Priya))).Value!;
        var noStage = await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, new RatingInput { Score = -1, RatedOn = Today.AddDays(-15) }, 1, Priya));
        var secondStart = await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Start, 3), 1, Priya));

        Assert.Equal(["Words", "Score", "RatedOn"], empty.Errors().Select(e => e.Field));
        Assert.Equal("The date of the rating cannot be before the referral", Assert.Single(beforeReferral.Errors()).Message);
        Assert.Equal(["Stage", "Score", "RatedOn"], noStage.Errors().Select(e => e.Field));
        Assert.Equal("The date of the rating cannot be before the goal's last rating", noStage.Errors()[2].Message);
        Assert.Equal("Stage", Assert.Single(secondStart.Errors()).Field);
        Assert.Equal((1, 1), await At("brent", async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            return (await db.FamilyGoals.CountAsync(), await db.FamilyGoalRatings.CountAsync());
        }));
    }

    [Fact]
    public async Task A_goal_rated_at_closure_takes_no_more_ratings()
    {
        var caseId = await Case();
        var goal = (await At("brent", (s, _) => s.AddAsync(caseId, Goal(), Priya))).Value!;
        await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Closure, 9), 1, Priya));

        var after = await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Review, 3), 2, Priya));

        Assert.Equal("This goal was rated at closure; it takes no more ratings", Assert.Single(after.Errors()).Message);
    }

    [Fact]
    public async Task A_rating_based_on_an_old_version_is_refused_saying_who_rated_it_and_nothing_is_saved()
    {
        var caseId = await Case();
        var goal = (await At("brent", (s, _) => s.AddAsync(caseId, Goal(), Priya))).Value!;
        await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Review, 5), 1, Tom));

        var stale = await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Closure, 8), 1, Priya));

        Assert.StartsWith("Tom Manager rated this goal at ", stale.Conflict().Message, StringComparison.Ordinal);
        Assert.Equal("2", stale.Conflict().Version);
        Assert.Contains("Review rating: 5 out of 10", Assert.Single(stale.Conflict().TheirChanges), StringComparison.Ordinal);
        var ratings = (await At("brent", (s, _) => s.OpenAsync(caseId, Priya)))!.Goals[0].Ratings;
        Assert.DoesNotContain(ratings, r => r.Stage == GoalStage.Closure);
    }

    [Fact]
    public async Task Another_authority_and_staff_not_permitted_on_a_restricted_child_cannot_reach_the_goals()
    {
        var caseId = await Case();
        var goal = (await At("brent", (s, _) => s.AddAsync(caseId, Goal(), Priya))).Value!;

        Assert.Null(await At("bristol", (s, _) => s.OpenAsync(caseId, Priya)));
        Assert.Equal("case", (await At("bristol", (s, _) => s.AddAsync(caseId, Goal(), Priya))).NotFound().What);
        Assert.Equal("case", (await At("bristol", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Review, 5), 1, Priya))).NotFound().What);

        await At("brent", async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = await db.Children.SingleAsync(c => db.Cases.Any(k => k.Id == caseId && k.ChildId == c.Id));
            (child.IsRestricted, child.PermittedStaff) = (true, [Priya.Subject]);
            return await db.SaveChangesAsync();
        });

        Assert.NotNull(await At("brent", (s, _) => s.OpenAsync(caseId, Priya)));
        Assert.Null(await At("brent", (s, _) => s.OpenAsync(caseId, Tom)));
        Assert.Equal("case", (await At("brent", (s, _) => s.RateAsync(caseId, goal.Id, Rating(GoalStage.Review, 5), 1, Tom))).NotFound().What);
    }
}
