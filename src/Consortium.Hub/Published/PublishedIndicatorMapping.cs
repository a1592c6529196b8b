using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Published;

/// <summary>
/// The published series (a name in <c>la_indicators.csv</c>) a catalogue indicator corresponds to, its rate per 10,000
/// series for a count, how closely it matches and why.
/// </summary>
public sealed record PublishedIndicatorMapping(IndicatorCode Indicator, PublishedMatch Match, string? Series, string? RateSeries, string Why)
{
    public string MatchLabel => Match switch
    {
        PublishedMatch.Same => "same definition",
        PublishedMatch.Close => "close",
        _ => "not published",
    };
}
