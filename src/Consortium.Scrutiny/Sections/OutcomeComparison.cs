using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Evaluation;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// One outcome indicator over this period against the period before, from the values of their parts (quarters of a
/// year, months of a quarter) that disclosure control lets out: the means, the change, Welch's interval, the evaluation
/// library's sentence, and whether the change is clearly better or worse given which way is good.
/// </summary>
public sealed record OutcomeComparison(IndicatorDefinition Indicator, int ValuesBefore, int ValuesAfter, double? Change, Interval? Interval, string Sentence)
{
    public bool Compared => Interval is not null;

    public bool ClearlyBetter => Clear(Indicator.Polarity == Polarity.High ? 1 : -1);

    public bool ClearlyWorse => Clear(Indicator.Polarity == Polarity.High ? -1 : 1);

    private bool Clear(int sign) => Indicator.Polarity != Polarity.None && Interval is { SpansZero: false } i && Math.Sign(i.Lower) == sign;

    public static OutcomeComparison Of(IndicatorDefinition indicator, ReportingPeriod before, IReadOnlyList<double> beforeValues, ReportingPeriod after, IReadOnlyList<double> afterValues)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(beforeValues);
        ArgumentNullException.ThrowIfNull(afterValues);
        var quantity = QuantityOf(indicator);
        var series = beforeValues.Select((v, i) => new Observation(i, v))
            .Concat(afterValues.Select((v, i) => new Observation(beforeValues.Count + i, v)));
        var result = BeforeAfter.Compare(series, new Window(0, beforeValues.Count - 0.5), new Window(beforeValues.Count, beforeValues.Count + afterValues.Count), quantity);
        var parts = after.Kind == PeriodKind.ReportingYear ? "quarter" : "month";
        if (result.MeanBefore is not { } meanBefore || result.MeanAfter is not { } meanAfter)
        {
            return new(indicator, result.CountBefore, result.CountAfter, null, null,
                $"{indicator.Name}: cannot compare, as {(result.CountBefore == 0 ? before.Label : after.Label)} has no {parts} with a figure that may be published.");
        }

        var means = $"{indicator.Name} averaged {Show(indicator, meanBefore)} over {Count(result.CountBefore, parts)} of {before.Label} and {Show(indicator, meanAfter)} over {Count(result.CountAfter, parts)} of {after.Label}. ";
        var judgement = result.Interval is null
            ? "Too few values, or values too alike, to say whether that is more than the variation from one " + parts + " to the next."
            : Wording.Change(quantity, "the average", result.Change!.Value, result.Interval);
        return new(indicator, result.CountBefore, result.CountAfter, result.Change, result.Interval, means + judgement);
    }

    private static string Count(int n, string part) => n == 1 ? $"1 {part}" : $"{n} {part}s";

    private static Quantity QuantityOf(IndicatorDefinition indicator) => indicator.Unit switch
    {
        IndicatorUnit.Percent => new Quantity(indicator.Name.ToLower(CultureInfo.GetCultureInfo("en-GB")), "percentage points"),
        IndicatorUnit.MedianWorkingDays => new Quantity(indicator.Name.ToLower(CultureInfo.GetCultureInfo("en-GB")), "working days"),
        IndicatorUnit.MedianPoints => new Quantity(indicator.Name.ToLower(CultureInfo.GetCultureInfo("en-GB")), "points"),
        _ => new Quantity(indicator.Name.ToLower(CultureInfo.GetCultureInfo("en-GB")), "", "0.0"),
    };

    private static string Show(IndicatorDefinition indicator, double value) => PublishedValue.Number(indicator.Unit, Math.Round(value, 1));
}
