namespace Consortium.Practice.Audits.Dashboard;

/// <summary>Audits completed in one period: how many, how many at each final grade, and the share good or better.</summary>
public sealed record GradePeriod(string Period, DateOnly Start, int Completed, IReadOnlyList<int> ByGrade, int GoodOrBetter)
{
    public decimal? GoodOrBetterPercent => Completed == 0 ? null : Math.Round(100m * GoodOrBetter / Completed, 1, MidpointRounding.AwayFromZero);
}

/// <summary>One domain: how often it was scored, and how often weak (under half marks).</summary>
public sealed record WeakDomain(string Domain, int Scored, int Weak)
{
    public decimal WeakPercent => Scored == 0 ? 0 : Math.Round(100m * Weak / Scored, 1, MidpointRounding.AwayFromZero);
}

/// <summary>An audit the QA lead should chase: past its due date, or with no auditor.</summary>
public sealed record OverdueAudit(Guid AuditId, string Team, string Auditor, DateOnly DueOn, string Reason);

/// <summary>The quality assurance dashboard of a team or the authority.</summary>
public sealed record PracticeDashboardView(
    string? Team,
    IReadOnlyList<string> Teams,
    IReadOnlyList<ChecklistSummary> Checklist,
    IReadOnlyList<ChecklistRow> Cases,
    int CasesNotShown,
    IReadOnlyList<string> Grades,
    IReadOnlyList<GradePeriod> ByMonth,
    IReadOnlyList<GradePeriod> ByYear,
    IReadOnlyList<WeakDomain> Domains,
    int OpenActions,
    int OverdueActions,
    IReadOnlyList<OverdueAudit> OverdueAudits,
    int NetworkSize,
    int ScaledWithinDays);
