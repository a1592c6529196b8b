using Consortium.Practice.Casework;

namespace Consortium.Practice.Audits.Dashboard;

/// <summary>One open case against the Signs of Safety practice checklist.</summary>
public sealed record ChecklistRow(
    Guid CaseId,
    string Reference,
    string Team,
    string Worker,
    CaseStage Stage,
    bool CurrentMap,
    bool DangerStatements,
    bool SafetyGoals,
    bool ScaledRecently,
    bool WordsAndPictures,
    bool Network,
    bool AgreedSafetyPlan)
{
    public const int Items = 7;

    public int Met => new[] { CurrentMap, DangerStatements, SafetyGoals, ScaledRecently, WordsAndPictures, Network, AgreedSafetyPlan }.Count(x => x);
}

/// <summary>How many open cases meet each item of the checklist, for a team or the authority.</summary>
public sealed record ChecklistSummary(string Name, int Cases, int CurrentMap, int DangerStatements, int SafetyGoals, int ScaledRecently, int WordsAndPictures, int Network, int AgreedSafetyPlan)
{
    public static ChecklistSummary Of(string name, IReadOnlyCollection<ChecklistRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(name, rows.Count, rows.Count(r => r.CurrentMap), rows.Count(r => r.DangerStatements), rows.Count(r => r.SafetyGoals), rows.Count(r => r.ScaledRecently),
            rows.Count(r => r.WordsAndPictures), rows.Count(r => r.Network), rows.Count(r => r.AgreedSafetyPlan));
    }

    /// <summary>Each item as (label, count), in the checklist's order.</summary>
    public IReadOnlyList<(string Item, int Count)> ByItem(int networkSize, int scaledWithinDays) =>
    [
        ("A current map", CurrentMap),
        ("Danger statements", DangerStatements),
        ("Safety goals", SafetyGoals),
        ($"Scaled in the last {scaledWithinDays} days", ScaledRecently),
        ("Words and Pictures", WordsAndPictures),
        ($"A safety network of {networkSize} or more", Network),
        ("An agreed safety plan", AgreedSafetyPlan),
    ];
}
