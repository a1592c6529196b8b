using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Web.Forms;

namespace Consortium.Web.Pages.Hub;

/// <summary>Reads the hub pages' query input (indicator code, period key, period kind) with a message for each way it can be wrong.</summary>
public static class HubQuery
{
    public const string IndicatorField = "indicator";
    public const string PeriodField = "period";
    public const string KindField = "kind";
    public const string YearField = "year";

    public static IndicatorCode? Indicator(string? text, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<IndicatorCode>(text.Trim(), ignoreCase: true, out var code) && Enum.IsDefined(code) && !int.TryParse(text, out _)
            && IndicatorCatalogue.TryGet(code, out _))
        {
            return code;
        }

        errors.Add(new FormError(IndicatorField, "Select an indicator from the list: there is no indicator with that code"));
        return null;
    }

    public static ReportingPeriod? Period(string? text, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ReportingPeriod.TryParse(text, out var period))
        {
            return period;
        }

        errors.Add(new FormError(PeriodField, "Select a period from the list: a period looks like 2024-25, 2024-25 Q2 or 2024-07"));
        return null;
    }

    public static PeriodKind? Kind(string? text, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<PeriodKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _))
        {
            return kind;
        }

        errors.Add(new FormError(KindField, "Select reporting years, quarters or months"));
        return null;
    }

    /// <summary>A reporting year among those given (the Department's published years); none when left out.</summary>
    public static ReportingPeriod? Year(string? text, IReadOnlyList<ReportingPeriod> years, List<FormError> errors)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (ReportingPeriod.TryParse(text.Trim(), out var period) && period.Kind == PeriodKind.ReportingYear && years.Contains(period))
        {
            return period;
        }

        errors.Add(new FormError(YearField, $"Select a reporting year the Department published, from the list: {(years.Count == 0 ? "none is loaded" : $"{years[^1].Label} to {years[0].Label}")}"));
        return null;
    }

    public static IReadOnlyDictionary<string, string> IndicatorOptions { get; } =
        IndicatorCatalogue.All.ToDictionary(d => d.Code.ToString(), d => d.Name);

    public static IReadOnlyDictionary<string, string> KindOptions { get; } = new Dictionary<string, string>
    {
        [nameof(PeriodKind.ReportingYear)] = "Reporting years",
        [nameof(PeriodKind.Quarter)] = "Quarters",
        [nameof(PeriodKind.Month)] = "Months",
    };
}
