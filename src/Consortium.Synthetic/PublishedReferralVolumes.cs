using System.Globalization;
using Consortium.Tenancy;

namespace Consortium.Synthetic;

/// <summary>
/// How many referrals a year a synthetic authority should have: the Department's latest published figure for it,
/// or, for an authority without one, the consortium's published rate per 10,000 children applied to its own
/// population of children aged 0-17.
/// </summary>
public static class PublishedReferralVolumes
{
    private static readonly Lazy<IReadOnlyDictionary<string, (int Year, int Referrals)>> Latest = new(Load);

    public static int PerYear(TenantInfo tenant, IReadOnlyList<TenantInfo> consortium)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(consortium);
        if (Latest.Value.TryGetValue(tenant.NewLaCode, out var published))
        {
            return published.Referrals;
        }

        var known = consortium.Where(t => t.ChildrenAged0To17 > 0 && Latest.Value.ContainsKey(t.NewLaCode)).ToList();
        var ratePer10000 = known.Count == 0 ? 500.0 : known.Sum(t => (double)Latest.Value[t.NewLaCode].Referrals) / known.Sum(t => (double)t.ChildrenAged0To17) * 10_000;
        return Math.Max(1, (int)Math.Round(ratePer10000 * tenant.ChildrenAged0To17 / 10_000));
    }

    private static Dictionary<string, (int, int)> Load()
    {
        using var stream = typeof(PublishedReferralVolumes).Assembly.GetManifestResourceStream("Consortium.Synthetic.published-figures.csv")
            ?? throw new InvalidOperationException("The published figures are missing from the build.");
        using var reader = new StreamReader(stream);
        var latest = new Dictionary<string, (int Year, int Referrals)>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            // new_la_code,la_name,time_period,time_identifier,indicator,value (la_name may be quoted with a comma)
            var code = line[..line.IndexOf(',', StringComparison.Ordinal)];
            var tail = line.Split(',')[^4..];
            if (tail[2] != "referrals" || !int.TryParse(tail[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(tail[3], NumberStyles.None, CultureInfo.InvariantCulture, out var referrals))
            {
                continue;
            }

            if (!latest.TryGetValue(code, out var known) || known.Year < year)
            {
                latest[code] = (year, referrals);
            }
        }

        return latest;
    }
}
