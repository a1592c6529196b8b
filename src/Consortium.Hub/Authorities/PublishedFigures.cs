using System.Collections.Frozen;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Authorities;

/// <summary>
/// The Department's published figures (reference data shipped with the build) for the consortium authorities and
/// England. The Department names a reporting year by the year it ends in: its 2025 is the hub's 2024-25.
/// </summary>
public sealed class PublishedFigures
{
    public const string EnglandCode = "E92000001";

    /// <summary>The published series that correspond to a catalogue indicator.</summary>
    public static readonly FrozenDictionary<string, IndicatorCode> SeriesToIndicator = new Dictionary<string, IndicatorCode>(StringComparer.Ordinal)
    {
        ["referrals"] = IndicatorCode.REF,
        ["rereferral_percent"] = IndicatorCode.REREF12,
        ["cpp_starts"] = IndicatorCode.CPP_START,
        ["cpp_subsequent_percent"] = IndicatorCode.CPP_REPEAT,
        ["cpp_at_31_march"] = IndicatorCode.CPP_OPEN,
        ["cpp_at_31_march_2yr_plus_percent"] = IndicatorCode.CPP_2YR,
        ["cin_at_31_march"] = IndicatorCode.CIN_OPEN,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Where the published series is not measured exactly as the catalogue's indicator, what differs.</summary>
    public static string? DefinitionNote(IndicatorCode indicator) => indicator switch
    {
        IndicatorCode.CPP_2YR => "The Department publishes the percentage of plans open at 31 March that had lasted 2 years or more; the consortium measures plans ending in the period.",
        IndicatorCode.CPP_OPEN or IndicatorCode.CIN_OPEN => "The Department counts at 31 March, the last day of the reporting year.",
        _ => null,
    };

    private readonly FrozenDictionary<(string Area, IndicatorCode Indicator), IReadOnlyList<PublishedFigure>> _series;

    public PublishedFigures()
    {
        var figures = new List<PublishedFigure>();
        foreach (var row in CsvFields.ReadEmbedded("Consortium.Hub.published-figures.csv"))
        {
            if (row["time_identifier"] == "Calendar year" && row["indicator"] == "children_0_17_mid_year_estimate" && row["new_la_code"] == EnglandCode)
            {
                EnglandChildren = int.Parse(row["value"], CultureInfo.InvariantCulture);
                continue;
            }

            if (row["time_identifier"] != "Reporting year" || !SeriesToIndicator.TryGetValue(row["indicator"], out var indicator))
            {
                continue;
            }

            var endsIn = int.Parse(row["time_period"], CultureInfo.InvariantCulture);
            decimal? value = row["value"] == "c" ? null : decimal.Parse(row["value"], NumberStyles.Number, CultureInfo.InvariantCulture);
            figures.Add(new PublishedFigure(row["new_la_code"], row["la_name"], ReportingPeriod.Year(endsIn - 1), indicator, value));
        }

        All = figures;
        _series = figures
            .GroupBy(f => (f.AreaCode, f.Indicator))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedFigure>)[.. g.OrderBy(f => f.Year.Start)]);
    }

    public IReadOnlyList<PublishedFigure> All { get; }

    /// <summary>England's children aged 0-17 (ONS mid-2024 estimate), for England's rate per 10,000.</summary>
    public int? EnglandChildren { get; }

    public PublishedFigure? For(string areaCode, IndicatorCode indicator, ReportingPeriod period) =>
        period.Kind == PeriodKind.ReportingYear
            ? Series(areaCode, indicator).FirstOrDefault(f => f.Year == period)
            : null;

    /// <summary>An area's published values of an indicator, oldest first.</summary>
    public IReadOnlyList<PublishedFigure> Series(string areaCode, IndicatorCode indicator) =>
        _series.TryGetValue((areaCode, indicator), out var series) ? series : [];

    public static bool IsPublished(IndicatorCode indicator) => SeriesToIndicator.Values.Contains(indicator);
}
