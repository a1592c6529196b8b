namespace Consortium.Practice.Staff;

/// <summary>Who manages whom: a chain of managers must never come back to where it started.</summary>
internal static class ManagementChain
{
    /// <summary>Whether making <paramref name="manager"/> the manager of <paramref name="person"/> would make a loop.</summary>
    public static bool LeadsBackTo(Guid person, Guid manager, Func<Guid, Guid?> managerOf)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = manager; current is { } m; current = managerOf(m))
        {
            if (m == person)
            {
                return true;
            }

            if (!seen.Add(m))
            {
                return false;
            }
        }

        return false;
    }
}
