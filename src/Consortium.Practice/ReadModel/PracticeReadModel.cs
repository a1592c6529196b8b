using Consortium.Practice.Census;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.ReadModel;

/// <summary>
/// The rows practice publishes for other modules to read (Metrics aggregates them into indicators), mapped by practice
/// onto its own tables, so that a reader's model holds none of practice's entities and no practice table.
/// </summary>
/// <remarks>
/// Each row is keyless and read through a query of named columns in [brackets], which SQLite and SQL Server both
/// accept, so one text serves both providers; the databases inline it and the tables' indexes serve as before. Not
/// views: nothing is created in the database, so neither side needs a migration for it, and SQLite's table rebuilds
/// (which EF uses for many column changes) do not fail on a view naming the table being rebuilt. A change to the
/// tables is practice's alone: it keeps these queries returning the same columns in the same commit, which
/// ReadModelTests checks against a migrated database.
/// </remarks>
public static class PracticeReadModel
{
    /// <summary>
    /// Grades 1 to this are good or better on the consortium's common scale (1 Outstanding, 2 Good, 3 Requires improvement
    /// to be good, 4 Inadequate: the default framework's, whose GoodOrBetterUpTo is the same).
    /// </summary>
    public const int GoodOrBetterUpTo = 2;

    public static ModelBuilder MapPracticeReadModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Map<CaseRow>(modelBuilder, """
            SELECT [Id], [TenantId], [ChildId], [ReferralDate], [IsSynthetic], [AssessmentAuthorised], [StrategyDiscussion],
                [InitialConference], [ClosedOn], [ClosureReason]
            FROM [Cases]
            """);
        modelBuilder.Entity<CaseRow>().Property(c => c.ClosureReason).HasOptionalCensusCode(3);
        Map<StageChangeRow>(modelBuilder, "SELECT [Id], [TenantId], [CaseId], [From], [To], [EffectiveOn] FROM [StageChanges]");
        Map<ReviewConferenceRow>(modelBuilder, "SELECT [TenantId], [CaseId], [PlanStart], [HeldOn] FROM [ReviewConferences]");
        Map<SafetyMapRow>(modelBuilder, "SELECT [Id], [TenantId], [CaseId], [Version], [MapDate] FROM [SafetyMaps] WHERE [IsDraft] = 0");
        Map<SafetyRatingRow>(modelBuilder, "SELECT [TenantId], [MapId], [PairId], [Agency], [Score] FROM [SafetyRatings]");
        Map<SafetyNetworkMemberRow>(modelBuilder, "SELECT [TenantId], [CaseId], [KnowsDangerStatements] FROM [SafetyNetworkMembers]");
        Map<SafetyPlanRevisionRow>(modelBuilder, "SELECT [TenantId], [CaseId], [Revision], [Status] FROM [SafetyPlanRevisions]");
        Map<DirectWorkRow>(modelBuilder, "SELECT [TenantId], [CaseId], [Tool], [DoneOn] FROM [DirectWork]");
        Map<CaseAuditRow>(modelBuilder, $"""
            SELECT [TenantId], [CaseId], [CompletedOn], COALESCE([ModeratedGrade], [Grade]) AS [FinalGrade],
                CAST(CASE WHEN COALESCE([ModeratedGrade], [Grade]) <= {GoodOrBetterUpTo} THEN 1 ELSE 0 END AS bit) AS [GoodOrBetter]
            FROM [CaseAudits]
            WHERE [Status] <> 'Allocated' AND [CompletedOn] IS NOT NULL AND COALESCE([ModeratedGrade], [Grade]) IS NOT NULL
            """);
        Map<GoalClosureRow>(modelBuilder, "SELECT [TenantId], [CaseId], [RatedOn], [Score] FROM [FamilyGoalRatings] WHERE [Stage] = 'Closure'");
        Map<ChildViewRow>(modelBuilder, """
            SELECT [TenantId], [CaseId], [DoneOn], CAST(CASE WHEN [PlanMakesSafe] = 'Yes' THEN 1 ELSE 0 END AS bit) AS [FeelsSafe]
            FROM [DirectWork]
            WHERE [PlanMakesSafe] <> 'NotAsked'
            """);
        Map<StaffRow>(modelBuilder, """
            SELECT [TenantId], [Id], [Role], [StartDate], [EndDate],
                CAST(CASE WHEN [RegistrationNumber] IS NOT NULL THEN 1 ELSE 0 END AS bit) AS [SocialWorker],
                CAST(CASE WHEN [Employment] = 'Agency' THEN 1 ELSE 0 END AS bit) AS [Agency]
            FROM [StaffRecords]
            """);
        modelBuilder.Entity<StaffRow>().Property(s => s.Role).HasConversion<string>();
        Map<TrainingCompletionRow>(modelBuilder, "SELECT [TenantId], [StaffId], [Level], [CompletedOn] FROM [TrainingRecords]");
        Map<PracticeLeaderRow>(modelBuilder, "SELECT [TenantId], [StaffId], [From], [Until] FROM [PracticeLeaders]");
        return modelBuilder;
    }

    private static void Map<TRow>(ModelBuilder modelBuilder, string query)
        where TRow : class =>
        modelBuilder.Entity<TRow>().HasNoKey().ToSqlQuery(query);
}
