namespace Consortium.Practice.Audits;

/// <summary>A member of staff who may audit: quality assurance officers and team managers (peer audit).</summary>
public sealed record Auditor(Guid Id, string Name, string? Team, Guid? ManagerId, string SignInName, string? Subject)
{
    public bool IsNamedBy(string entry) =>
        (Subject is not null && string.Equals(entry, Subject, StringComparison.Ordinal))
        || string.Equals(entry, SignInName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Who may audit a case: never someone of the case's own team, its worker, or anyone who manages the worker however
/// far up the chain. Among those allowed, the one with the fewest audits this month.
/// </summary>
public sealed class AuditorAllocation(IReadOnlyList<Auditor> auditors, IReadOnlyList<Auditor> staff)
{
    private readonly Dictionary<Guid, Guid?> managerOf = staff.ToDictionary(s => s.Id, s => s.ManagerId);

    public bool MayAudit(Auditor auditor, string caseTeam, string workerSubject)
    {
        ArgumentNullException.ThrowIfNull(auditor);
        if (auditor.Team is not null && string.Equals(auditor.Team, caseTeam, StringComparison.Ordinal))
        {
            return false;
        }

        var worker = staff.FirstOrDefault(s => s.IsNamedBy(workerSubject));
        if (worker is null)
        {
            return !auditor.IsNamedBy(workerSubject);
        }

        var seen = new HashSet<Guid>();
        for (Guid? current = worker.Id; current is { } id && seen.Add(id); current = managerOf.GetValueOrDefault(id))
        {
            if (id == auditor.Id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Allocates each case in turn; a case nobody may audit gets no auditor (the QA lead allocates it by hand).</summary>
    public IReadOnlyList<Auditor?> Allocate(IReadOnlyList<SampleCandidate> cases, IReadOnlyDictionary<Guid, int> alreadyThisMonth)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var load = auditors.ToDictionary(a => a.Id, a => alreadyThisMonth.GetValueOrDefault(a.Id));
        var result = new List<Auditor?>();
        foreach (var candidate in cases)
        {
            var chosen = auditors
                .Where(a => MayAudit(a, candidate.Team, candidate.WorkerSubject))
                .OrderBy(a => load[a.Id])
                .ThenBy(a => a.Name, StringComparer.Ordinal)
                .ThenBy(a => a.Id)
                .FirstOrDefault();
            if (chosen is not null)
            {
                load[chosen.Id]++;
            }

            result.Add(chosen);
        }

        return result;
    }
}
