using System.Globalization;
using Consortium.Tenancy;

namespace Consortium.Synthetic;

/// <summary>
/// What a synthetic authority's history follows: the Department's latest published referrals a year for it, its
/// re-referral percentage and its plans starting per hundred referrals; or, for an authority without them, the
/// consortium's published rate per 10,000 children applied to its own population of children aged 0-17 and the
/// consortium's published rates.
/// </summary>
public static class PublishedReferralVolumes
{
    private static readonly Lazy<IReadOnlyDictionary<string, LatestFigures>> Latest = new(Load);

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

    /// <summary>The authority's published rates in the year of its latest referrals; otherwise the consortium's, weighted by referrals.</summary>
    public static PublishedRates Rates(TenantInfo tenant, IReadOnlyList<TenantInfo> consortium)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(consortium);
        if (Latest.Value.TryGetValue(tenant.NewLaCode, out var own) && own.ReReferralPercent is { } percent && own.PlanStarts is { } plans)
        {
            return new PublishedRates(percent, 100.0 * plans / own.Referrals);
        }

        var known = consortium.Select(t => Latest.Value.GetValueOrDefault(t.NewLaCode))
            .OfType<LatestFigures>().Where(f => f.ReReferralPercent is not null && f.PlanStarts is not null).ToList();
        if (known.Count == 0)
        {
            return new PublishedRates(ReReferralPercent: 22.0, PlanStartsPerHundredReferrals: 10.0);
        }

        var referrals = known.Sum(f => (double)f.Referrals);
        return new PublishedRates(known.Sum(f => f.ReReferralPercent!.Value * f.Referrals) / referrals, 100.0 * known.Sum(f => (double)f.PlanStarts!.Value) / referrals);
    }

    private sealed record LatestFigures(int Year, int Referrals, double? ReReferralPercent, int? PlanStarts);

    private static Dictionary<string, LatestFigures> Load()
    {
        using var stream = typeof(PublishedReferralVolumes).Assembly.GetManifestResourceStream("Consortium.Synthetic.published-figures.csv")
            ?? throw new InvalidOperationException("The published figures are missing from the build.");
        using var reader = new StreamReader(stream);
        var values = new Dictionary<(string Code, int Year, string Indicator), string>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            // new_la_code,la_name,time_period,time_identifier,indicator,value (la_name may be quoted with a comma)
            var code = line[..line.IndexOf(',', StringComparison.Ordinal)];
            var tail = line.Split(',')[^4..];
            if (int.TryParse(tail[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                values[(code, year, tail[2])] = tail[3];
            }
        }

        var latest = new Dictionary<string, LatestFigures>(StringComparer.Ordinal);
        foreach (var ((code, year, indicator), value) in values)
        {
            if (indicator != "referrals" || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var referrals) || referrals == 0
                || (latest.TryGetValue(code, out var known) && known.Year > year))
            {
                continue;
            }

            latest[code] = new LatestFigures(year, referrals,
                double.TryParse(values.GetValueOrDefault((code, year, "rereferral_percent")), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) ? percent : null,
                int.TryParse(values.GetValueOrDefault((code, year, "cpp_starts")), NumberStyles.None, CultureInfo.InvariantCulture, out var plans) ? plans : null);
        }

        return latest;
    }
}
