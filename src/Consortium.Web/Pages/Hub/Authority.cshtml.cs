using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.England;
using Consortium.Hub.Export;
using Consortium.Hub.Trends;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Consortium.Web.Pages.Hub;

/// <summary>
/// One authority: its published series of an indicator since 2012-13 with England, region and its published
/// neighbours' mean, then what it shared with the hub by periods of a kind; and its ten published statistical neighbours
/// for a reporting year.
/// </summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class AuthorityModel(AuthorityRegistry registry, LongTrends longTrends, HubReadCache cache, TimeProvider clock) : FormPageModel
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    [FromQuery(Name = HubQuery.IndicatorField)]
    public string? IndicatorInput { get; set; }

    [FromQuery(Name = HubQuery.KindField)]
    public string? KindInput { get; set; }

    [FromQuery(Name = HubQuery.YearField)]
    public string? YearInput { get; set; }

    public HubAuthority Authority { get; private set; } = null!;

    /// <summary>The published series from 2012-13 with England, region and neighbours' mean, then the shared figures.</summary>
    public LongTrend? PublishedThenShared { get; private set; }

    public TimelineChart? LongChart { get; private set; }

    /// <summary>The reporting year of the neighbours' table: the one asked for, or the latest published.</summary>
    public ReportingPeriod? Year { get; private set; }

    public IReadOnlyList<ReportingPeriod> PublishedYears { get; private set; } = [];

    /// <summary>The ten published statistical neighbours for <see cref="Year"/>; none when the indicator is not published.</summary>
    public NeighbourFigures? PublishedNeighbours { get; private set; }

    public SelectField YearSelect => new(HubQuery.YearField, "Reporting year (statistical neighbours)", PublishedYears.ToDictionary(y => y.Key, y => y.Label), Year?.Key ?? YearInput, ErrorFor(HubQuery.YearField));

    public IndicatorCode Indicator { get; private set; } = IndicatorCode.REF;

    /// <summary>
    /// What the trend and neighbours' sections are drawn from: the figures' stamp and everything asked for (and today,
    /// which marks incomplete periods), so the drawn sections are kept and shared by requests with the same key; none
    /// when the input is wrong.
    /// </summary>
    public string? FragmentKey { get; private set; }

    public PeriodKind Kind { get; private set; } = PeriodKind.ReportingYear;

    public SelectField IndicatorSelect => new(HubQuery.IndicatorField, "Indicator", HubQuery.IndicatorOptions, Indicator.ToString(), ErrorFor(HubQuery.IndicatorField));

    public SelectField KindSelect => new(HubQuery.KindField, "Periods", HubQuery.KindOptions, Kind.ToString(), ErrorFor(HubQuery.KindField));

    /// <summary>
    /// A download of a table the page does not have (<c>handler=</c> naming none of its handlers, such as the tables it
    /// no longer shows) is not found, rather than the page itself.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HandlerMethod?.Name is null && !string.IsNullOrEmpty(context.HttpContext.Request.Query["handler"]))
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 ? Invalid() : Page();
    }

    public async Task<IActionResult> OnGetLongTrendCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 || PublishedThenShared is null ? Invalid() : Csv(TrendCsv.PublishedThenShared(PublishedThenShared), $"long_trend_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}.csv");
    }

    public async Task<IActionResult> OnGetNeighboursCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        return PublishedNeighbours is null || Year is null
            ? NotFound()
            : Csv(TrendCsv.Neighbours(Authority, IndicatorCatalogue.Get(Indicator), Year, PublishedNeighbours), $"neighbours_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}_{Year.Key}.csv");
    }

    private FileContentResult Csv(CsvTable table, string name) => File(table.ToBytes(), "text/csv; charset=utf-8", name);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (registry.Find(Code) is not { } authority)
        {
            return false;
        }

        Authority = authority;
        Indicator = HubQuery.Indicator(IndicatorInput, Errors) ?? IndicatorCode.REF;
        Kind = HubQuery.Kind(KindInput, Errors) ?? PeriodKind.ReportingYear;
        PublishedYears = await longTrends.PublishedYearsAsync(cancellationToken);
        Year = HubQuery.Year(YearInput, PublishedYears, Errors) ?? (PublishedYears.Count > 0 ? PublishedYears[0] : null);
        if (Errors.Count > 0)
        {
            return true;
        }

        PublishedThenShared = await longTrends.ForAuthorityAsync(authority, Indicator, Kind, cancellationToken);
        LongChart = LongTrendChart.For(PublishedThenShared);
        PublishedNeighbours = Year is null ? null : await longTrends.NeighboursAsync(authority, Indicator, Year, cancellationToken);
        FragmentKey = string.Join('|', await cache.StampAsync(cancellationToken), authority.Code, Indicator, Kind, Year?.Key, Today.DayNumber);

        return true;
    }
}
