using Consortium.Practice.Audits;
using Consortium.Practice.Audits.Dashboard;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

public sealed record AuditSampleView(Guid Id, DateOnly Month, int Seed, int PerTeam, int Drawn, string DrawnBy, DateTimeOffset DrawnAt)
{
    public static AuditSampleView From(AuditSample s) => new(s.Id, s.Month, s.Seed, s.PerTeam, s.Drawn, s.DrawnBy, s.DrawnAt);
}

public sealed record AuditSummaryView(Guid Id, Guid CaseId, string CaseReference, string Team, CaseStage Stage, string Reason, string Auditor, DateOnly DueOn, AuditStatus Status, int? Grade, int? FinalGrade, bool NeedsModeration, int Version)
{
    public static AuditSummaryView From(CaseAudit a) => new(a.Id, a.CaseId, a.CaseReference, a.Team, a.Stage, a.Reason, a.AuditorName, a.DueOn, a.Status, a.Grade, a.FinalGrade, a.NeedsModeration, a.Version);
}

public sealed record AuditActionView(Guid Id, string Text, Guid OwnerId, string Owner, DateOnly DueOn, DateOnly? DoneOn, string? Evidence, Guid? CarriedToId, string? CarriedTo)
{
    public static AuditActionView From(AuditAction a) => new(a.Id, a.Text, a.OwnerId, a.OwnerName, a.DueOn, a.DoneOn, a.Evidence, a.CarriedToId, a.CarriedToName);
}

/// <summary>An audit with everything recorded on it and the framework version it is on.</summary>
public sealed record AuditDetailView(
    AuditSummaryView Audit,
    int FrameworkVersion,
    IReadOnlyDictionary<string, string> Answers,
    decimal? Score,
    string Summary,
    DateOnly? ConversationOn,
    string ConversationAttendees,
    int? PractitionerRating,
    int? AuditorRating,
    string WorkingWell,
    string Worries,
    string NeedsToHappen,
    bool FamilyAsked,
    int? FamilyExplained,
    int? FamilyListened,
    int? FamilyPlanSafe,
    string FamilyWords,
    string? Concern,
    string? ConcernTold,
    string? Moderator,
    int? ModeratedGrade,
    string? ModerationReason,
    IReadOnlyList<AuditActionView> Actions)
{
    public static AuditDetailView From(AuditRecord record)
    {
        var a = record.Audit;
        return new(AuditSummaryView.From(a), record.FrameworkVersion, record.Answers, a.Score, a.Summary, a.ConversationOn, a.ConversationAttendees, a.PractitionerRating, a.AuditorRating,
            a.WorkingWell, a.Worries, a.NeedsToHappen, a.FamilyAsked, a.FamilyExplained, a.FamilyListened, a.FamilyPlanSafe, a.FamilyWords, a.Concern, a.ConcernManagerName,
            a.ModeratorName, a.ModeratedGrade, a.ModerationReason, [.. a.Actions.OrderBy(x => x.DueOn).Select(AuditActionView.From)]);
    }
}

public sealed record AuditFrameworkView(int Version, AuditFramework Framework);

/// <summary>The practice dashboard: the checklist per team and case, and audit results.</summary>
public sealed record PracticeDashboardApiView(
    string? Team,
    IReadOnlyList<ChecklistSummary> Checklist,
    IReadOnlyList<ChecklistRow> Cases,
    IReadOnlyList<string> Grades,
    IReadOnlyList<GradePeriod> ByMonth,
    IReadOnlyList<GradePeriod> ByYear,
    IReadOnlyList<WeakDomain> Domains,
    int OpenActions,
    int OverdueActions,
    IReadOnlyList<OverdueAudit> OverdueAudits)
{
    public static PracticeDashboardApiView From(PracticeDashboardView v) =>
        new(v.Team, v.Checklist, v.Cases, v.Grades, v.ByMonth, v.ByYear, v.Domains, v.OpenActions, v.OverdueActions, v.OverdueAudits);
}
