using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;

namespace Consortium.Web.Pages.Hub;

/// <summary>How the hub pages show a stored value: the headline, and the figures beside it that depend on the unit.</summary>
public static class HubDisplay
{
    public static string Headline(IndicatorDefinition indicator, StoredIndicatorValue? value) =>
        HubFormat.ForDisplay(indicator, value?.Value, value?.Status);

    /// <summary>For a count its rate per 10,000; for a percentage "numerator of denominator"; for a median its quartiles.</summary>
    public static string Detail(IndicatorDefinition indicator, StoredIndicatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is not { Status: ValueStatus.Available })
        {
            return HubFormat.Symbol(value?.Status);
        }

        return indicator.Unit switch
        {
            IndicatorUnit.Count => HubFormat.OneDecimal(value.RatePer10000),
            IndicatorUnit.Percent => $"{HubFormat.Whole(value.Numerator)} of {HubFormat.Whole(value.Denominator)}",
            _ => $"{HubFormat.OneDecimal(value.LowerQuartile)} to {HubFormat.OneDecimal(value.UpperQuartile)}",
        };
    }

    public static string DetailHeader(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Unit switch
        {
            IndicatorUnit.Count => "Rate per 10,000 children",
            IndicatorUnit.Percent => "Numerator of denominator",
            _ => "25th to 75th percentile",
        };
    }

    public static string BandTagClass(char band) => band switch
    {
        'A' => "govuk-tag--green",
        'B' => "govuk-tag--turquoise",
        'C' => "govuk-tag--yellow",
        _ => "govuk-tag--orange",
    };

    public static bool IsSuppressed(StoredIndicatorValue? value) => value?.Status == ValueStatus.Suppressed;

    /// <summary>How many of the statistical neighbours the mean rests on, e.g. "3 of 10 neighbours".</summary>
    public static string NeighboursBasis(GroupMean neighbours)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        return neighbours.OutOf == 0 ? "no neighbours listed" : $"{neighbours.Reporting} of {neighbours.OutOf} neighbours";
    }

    /// <summary>How many of the other authorities of the region the mean rests on, e.g. "1 of 2 others in East Midlands".</summary>
    public static string RegionBasis(GroupMean region, string regionName)
    {
        ArgumentNullException.ThrowIfNull(region);
        var where = string.IsNullOrWhiteSpace(regionName) ? "its region" : regionName;
        return region.OutOf == 0 ? $"no others in {where}" : $"{region.Reporting} of {region.OutOf} {(region.OutOf == 1 ? "other" : "others")} in {where}";
    }
}
