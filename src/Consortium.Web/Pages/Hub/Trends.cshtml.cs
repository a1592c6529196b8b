using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Data;
using Consortium.Hub.Trends;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Hub;

/// <summary>Small multiples: every member's published series and shared figures for one indicator, to one scale, with one table and its CSV.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class TrendsModel(LongTrends longTrends, HubReadCache cache, TimeProvider clock) : FormPageModel
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [FromQuery(Name = HubQuery.IndicatorField)]
    public string? IndicatorInput { get; set; }

    [FromQuery(Name = HubQuery.KindField)]
    public string? KindInput { get; set; }

    public IndicatorCode Indicator { get; private set; } = IndicatorCode.REF;

    public PeriodKind Kind { get; private set; } = PeriodKind.ReportingYear;

    public MemberTrends? Trends { get; private set; }

    /// <summary>What the charts and table are drawn from (the figures' stamp, indicator, kind and today), so requests with the same key share them; none when the input is wrong.</summary>
    public string? FragmentKey { get; private set; }

    public IReadOnlyList<TimelineChart> Charts { get; private set; } = [];

    /// <summary>The table's rows: every published year of any member, then every shared period of any member.</summary>
    public IReadOnlyList<ReportingPeriod> PublishedYears { get; private set; } = [];

    public IReadOnlyList<ReportingPeriod> SharedPeriods { get; private set; } = [];

    public SelectField IndicatorSelect => new(HubQuery.IndicatorField, "Indicator", HubQuery.IndicatorOptions, Indicator.ToString(), ErrorFor(HubQuery.IndicatorField));

    public SelectField KindSelect => new(HubQuery.KindField, "Shared figures by", HubQuery.KindOptions, Kind.ToString(), ErrorFor(HubQuery.KindField));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Errors.Count > 0 ? Invalid() : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Errors.Count > 0 || Trends is null
            ? Invalid()
            : File(TrendCsv.Members(Trends).ToBytes(), "text/csv; charset=utf-8", $"trends_{Indicator.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Indicator = HubQuery.Indicator(IndicatorInput, Errors) ?? IndicatorCode.REF;
        Kind = HubQuery.Kind(KindInput, Errors) ?? PeriodKind.ReportingYear;
        if (Errors.Count > 0)
        {
            return;
        }

        Trends = await longTrends.ForMembersAsync(Indicator, Kind, cancellationToken);
        var (from, to) = LongTrendChart.Range(Trends.Members);
        var max = LongTrendChart.Max(Trends.Members);
        Charts = [.. Trends.Members.Select(m => LongTrendChart.Small(m, from, to, max))];
        PublishedYears = [.. Trends.Members.SelectMany(m => m.Published.Select(p => p.Year)).Distinct().OrderBy(p => p.Start)];
        SharedPeriods = [.. Trends.Members.SelectMany(m => m.Shared.Select(p => p.Period)).Distinct().OrderBy(p => p.Start)];
        FragmentKey = string.Join('|', await cache.StampAsync(cancellationToken), Indicator, Kind, Today.DayNumber);
    }
}
