using System.Globalization;
using Consortium.Contracts;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Policy and procedure alignment: each version of the practice policy, the audit framework and the training policy
/// published in the period, with what changed. Who made a change is left out: the report holds no person's name.
/// </summary>
public sealed class PolicySection(PracticeDbContext db)
{
    /// <summary>The settings kinds that are the authority's procedures, as their history names them, and how the report names them.</summary>
    private static readonly Dictionary<string, string> Procedures = new(StringComparer.Ordinal)
    {
        ["PracticePolicy"] = "Practice policy",
        ["AuditFramework"] = "Audit framework",
        ["TrainingPolicy"] = "Training policy",
    };

    public async Task<ReportSection> BuildAsync(ReportingPeriod period, RagRules rules, CancellationToken cancellationToken)
    {
        var kinds = Procedures.Keys.ToList();
        var revisions = (await db.SettingsRevisions.AsNoTracking()
                .Where(r => kinds.Contains(r.Kind))
                .Select(r => new { r.Kind, r.Version, r.ChangedAt, r.Summary })
                .ToListAsync(cancellationToken))
            .Select(r => new { r.Kind, r.Version, Day = DateOnly.FromDateTime(r.ChangedAt.UtcDateTime), r.Summary })
            .ToList();
        var inPeriod = revisions.Where(r => period.Contains(r.Day)).OrderBy(r => r.Day).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Version).ToList();
        // A first version is the product's defaults, taken when the authority first used them: not a decision to judge.
        var last = revisions.Where(r => r.Version > 1 && r.Day <= period.End).Select(r => (DateOnly?)r.Day).Max();

        var paragraphs = new List<string>
        {
            inPeriod.Count == 0
                ? $"No new version of the practice policy, the audit framework or the training policy was published in {period.Label}."
                : $"{Versions(inPeriod.Count)} of the authority's procedures {(inPeriod.Count == 1 ? "was" : "were")} published in {period.Label}: " +
                  string.Join(", ", inPeriod.GroupBy(r => r.Kind).Select(g => $"{Procedures[g.Key].ToLowerInvariant()}: {g.Count()}")) + ".",
        };
        var table = new ReportTable(
            "Versions of the procedures published in the period",
            ["Published on", "Procedure", "Version", "What changed"],
            [.. inPeriod.Select(r => (IReadOnlyList<string>)[RagRules.Day(r.Day), Procedures[r.Kind], r.Version.ToString(CultureInfo.InvariantCulture), Changes(r.Summary)])]);
        return new ReportSection("policy", "Policy and procedure alignment", paragraphs, inPeriod.Count == 0 ? [] : [table], rules.Policy(period.End, last));
    }

    private static string Versions(int count) => count == 1 ? "One version" : $"{count} versions";

    private static string Changes(string summary) =>
        string.IsNullOrWhiteSpace(summary) ? "Not described" : string.Join("; ", summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
