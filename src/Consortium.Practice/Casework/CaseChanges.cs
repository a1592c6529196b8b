namespace Consortium.Practice.Casework;

/// <summary>What someone else changed on a case, in words, for the person whose save was refused.</summary>
internal static class CaseChanges
{
    public static IReadOnlyList<string> Describe(CaseRecord record)
    {
        var lastMove = record.History.OrderByDescending(h => h.RecordedAt).FirstOrDefault();
        var changes = new List<string>
        {
            $"The case is now at {CaseStages.DisplayName(record.Stage).ToLowerInvariant()}" + (lastMove is null ? "" : $", recorded by {lastMove.RecordedBy}"),
        };
        var meetings = record.Reviews.Select(r => (r.RecordedAt, Text: $"A review conference held on {r.HeldOn:d MMMM yyyy} ({(r.Outcome == ReviewOutcome.EndPlan ? "plan ended" : "plan continues")}) was recorded by {r.RecordedBy}"))
            .Concat(record.CoreGroups.Select(g => (g.RecordedAt, Text: $"A core group meeting held on {g.HeldOn:d MMMM yyyy} was recorded by {g.RecordedBy}")))
            .OrderByDescending(m => m.RecordedAt)
            .FirstOrDefault();
        if (meetings.Text is not null && (lastMove is null || meetings.RecordedAt >= lastMove.RecordedAt))
        {
            changes.Add(meetings.Text);
        }

        return changes;
    }
}
