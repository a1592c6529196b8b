namespace Consortium.Integration.Tests;

/// <summary>
/// A trigger the test adds to an authority's database: every time an outbox message is marked sent, a row saying
/// which message and under which lease. A message marked twice, or never, shows.
/// </summary>
internal static class SentMarks
{
    public static void Install(string database) => Sqlite.Execute(database, """
        CREATE TABLE TestSentMarks (MessageId TEXT NOT NULL, Lease TEXT);
        CREATE TRIGGER TestSentMark AFTER UPDATE OF SentAt ON OutboxMessages WHEN NEW.SentAt IS NOT NULL
        BEGIN INSERT INTO TestSentMarks VALUES (NEW.Id, OLD.LeaseToken); END;
        """);

    public static long MarkedTwice(string database) =>
        Sqlite.Scalar(database, "SELECT COUNT(*) FROM (SELECT 1 FROM TestSentMarks GROUP BY MessageId HAVING COUNT(*) > 1)");

    public static long NeverMarked(string database) =>
        Sqlite.Scalar(database, "SELECT COUNT(*) FROM OutboxMessages m WHERE NOT EXISTS (SELECT 1 FROM TestSentMarks s WHERE s.MessageId = m.Id)");

    /// <summary>The lease each of these messages was marked sent under.</summary>
    public static Dictionary<string, string> LeasesOf(string database, IReadOnlyCollection<string> messageIds)
    {
        var all = Sqlite.Strings(database, "SELECT MessageId, COALESCE(Lease, '') FROM TestSentMarks");
        var leases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < all.Count; i += 2)
        {
            if (messageIds.Contains(all[i], StringComparer.OrdinalIgnoreCase))
            {
                leases[all[i]] = all[i + 1];
            }
        }

        return leases;
    }
}
