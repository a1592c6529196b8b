using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Comparison;

/// <summary>
/// Flags implausible movements for data-quality review: a percentage moving more than 15 points between consecutive
/// periods, a count or a median in working days changing by more than half, a median on the safety scale moving more
/// than 3 points. Wakefield's published re-referral rate, 46.1% in 2014-15 and 67.6% in 2015-16, is the classic case.
/// </summary>
public static class MovementCheck
{
    public const decimal PercentagePoints = 15m;
    public const decimal RelativeChange = 0.5m;
    public const decimal ScalePoints = 3m;

    public static DataQualityFlag? Check(IndicatorDefinition indicator, ReportingPeriod previousPeriod, decimal? previous, decimal? current)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(previousPeriod);
        if (previous is not { } before || current is not { } after)
        {
            return null;
        }

        var since = previousPeriod.Label;
        var culture = CultureInfo.GetCultureInfo("en-GB");
        switch (indicator.Unit)
        {
            case IndicatorUnit.Percent when Math.Abs(after - before) > PercentagePoints:
                return new DataQualityFlag(previousPeriod, before, after, string.Format(culture,
                    "Moved {0:0.0} percentage points since {1} ({2:0.0}% to {3:0.0}%), more than {4} in one period.",
                    Math.Abs(after - before), since, before, after, PercentagePoints));
            case IndicatorUnit.MedianPoints when Math.Abs(after - before) > ScalePoints:
                return new DataQualityFlag(previousPeriod, before, after, string.Format(culture,
                    "Moved {0:0.0} scale points since {1} ({2:0.0} to {3:0.0}), more than {4} in one period.",
                    Math.Abs(after - before), since, before, after, ScalePoints));
            case IndicatorUnit.Count or IndicatorUnit.MedianWorkingDays when before > 0 && Math.Abs(after - before) / before > RelativeChange:
                return new DataQualityFlag(previousPeriod, before, after, string.Format(culture,
                    "Changed by {0:0}% since {1} ({2:#,0.#} to {3:#,0.#}), more than half in one period.",
                    Math.Abs(after - before) / before * 100, since, before, after));
            default:
                return null;
        }
    }
}
