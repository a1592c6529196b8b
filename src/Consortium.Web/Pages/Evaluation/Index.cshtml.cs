using System.Globalization;
using Consortium.Evaluation;
using Consortium.Hub.Evaluation;
using Consortium.Hub.Export;
using Consortium.Hub.Published;
using Consortium.Practice.Programme;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Evaluation;

/// <summary>
/// The authority's own evaluation of an indicator on the Department's published annual figures, around its own
/// intervention date: before and after over windows it chooses (defaults from its programme timeline), an interrupted
/// time series, and difference in differences against its ten statistical neighbours; each with a chart beside a table,
/// the sentence and a CSV. Only this authority's series is evaluated: no authority is chosen in the address.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Evaluation)]
public sealed class IndexModel(ShippedPublishedFigures published, SettingsStore<ProgrammeTimeline> timelines, ITenantContextAccessor tenants) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? BeforeFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? BeforeTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AfterFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AfterTo { get; set; }

    public ProgrammeTimeline Timeline { get; private set; } = new();

    public IReadOnlyList<int> Years { get; private set; } = [];

    public EvaluationIndicator Chosen { get; private set; } = AuthorityEvaluation.Indicators[0];

    public AuthorityEvaluationResult? Result { get; private set; }

    public TimelineChart? Chart { get; private set; }

    public static string YearLabel(int yearEnding) => string.Create(CultureInfo.InvariantCulture, $"{yearEnding - 1}-{yearEnding % 100:00}");

    public static string Number(double? value, string format = "0.0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "x";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await EvaluateAsync(cancellationToken) ? Page() : Invalid();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await EvaluateAsync(cancellationToken))
        {
            return Invalid();
        }

        var csv = new CsvTable(["indicator", "series", "time_period", "authority_value", "neighbours_mean", "neighbours_with_value", "fitted", "without_change"]);
        foreach (var year in Result!.Years)
        {
            csv.Row([Chosen.Code.ToString(), Chosen.Series, year.Year.ToString(CultureInfo.InvariantCulture), Csv(year.Authority), Csv(year.Neighbours),
                year.NeighboursWithValue.ToString(CultureInfo.InvariantCulture), Csv(year.Fitted), Csv(year.WithoutChange)]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"evaluation_{Chosen.Code.ToString().ToLowerInvariant()}.csv");
    }

    private static string Csv(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    private async Task<bool> EvaluateAsync(CancellationToken cancellationToken)
    {
        var tenant = tenants.Current ?? throw new InvalidOperationException("The evaluation is of one authority.");
        Timeline = (await timelines.GetCurrentAsync(cancellationToken)).Settings;
        var set = published.Set;
        Years = set.Years;
        if (Indicator is not null && AuthorityEvaluation.Find(Indicator) is null)
        {
            Errors.Add(new("Indicator", "Choose an indicator the Department publishes"));
        }

        Chosen = AuthorityEvaluation.Find(Indicator) ?? AuthorityEvaluation.Indicators.First(i => i.Code.ToString() == "CPP_REPEAT");
        Indicator = Chosen.Code.ToString();
        var (before, after) = EvaluationWindows.Defaults(Timeline, Years);
        var beforeWindow = Window("BeforeFrom", "BeforeTo", "before", BeforeFrom, BeforeTo, before);
        var afterWindow = Window("AfterFrom", "AfterTo", "after", AfterFrom, AfterTo, after);
        if (beforeWindow is { } b && afterWindow is { } a && a.From <= b.To)
        {
            Errors.Add(new("AfterFrom", "The after window must start after the before window ends"));
        }

        if (Errors.Count > 0)
        {
            return false;
        }

        Result = AuthorityEvaluation.Evaluate(set, tenant.NewLaCode, Chosen, Timeline.IntroducedOn, beforeWindow!.Value, afterWindow!.Value);
        Chart = EvaluationChart.For(Result, tenant.Name, Timeline.IntroducedOn);
        return true;
    }

    /// <summary>A window of published years from the form, or its default; each wrong end named in the error summary.</summary>
    private Window? Window(string fromField, string toField, string name, string? from, string? to, Window fallback)
    {
        int? Year(string field, string? text, double fallbackYear, string end)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return (int)fallbackYear;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Years.Contains(year))
            {
                return year;
            }

            Errors.Add(new(field, $"The {name} window must {end} in a published year, {YearLabel(Years[0])} to {YearLabel(Years[^1])}"));
            return null;
        }

        var first = Year(fromField, from, fallback.From, "start");
        var last = Year(toField, to, fallback.To, "end");
        if (first is null || last is null)
        {
            return null;
        }

        (BeforeFrom, BeforeTo, AfterFrom, AfterTo) = name == "before"
            ? (Text(first), Text(last), AfterFrom, AfterTo)
            : (BeforeFrom, BeforeTo, Text(first), Text(last));
        if (last < first)
        {
            Errors.Add(new(toField, $"The {name} window must end in or after the year it starts"));
            return null;
        }

        return new Window(first.Value, last.Value);
    }

    private static string Text(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
}
