using Consortium.Practice.Casework;

namespace Consortium.Practice.Audits;

/// <summary>An audit as its page shows it: the audit with its actions, the framework version it is on, and the case and child.</summary>
public sealed record AuditRecord(CaseAudit Audit, AuditFramework Framework, int FrameworkVersion, CaseRecord Case, Child Child)
{
    public IReadOnlyDictionary<string, string> Answers => AuditAnswers.Read(Audit.AnswersJson);
}

internal static class AuditAnswers
{
    public static IReadOnlyDictionary<string, string> Read(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string Write(IReadOnlyDictionary<string, string> answers) =>
        System.Text.Json.JsonSerializer.Serialize(answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value));
}
