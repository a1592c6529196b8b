using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Export;
using Consortium.Hub.Published;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Returns;

/// <summary>
/// A completed reporting year's return to the Department in its open data format (explore education statistics): one
/// row per authority (geographic level "Local authority", with its published region and LA codes) and one National row
/// for the consortium as a whole, told apart by the filter column <c>la_group</c>: "Total" on an authority's row (its
/// own figures, not narrowed), "Signs of Safety consortium" on the National row (England narrowed to the member
/// authorities). The consortium is not a local authority, so it is not given a false LA row with code <c>z</c>, which
/// the Department's screener rejects; a filter keeps it in the same file as the authorities it sums, and gives the
/// filter the "Total" the screener looks for. Every indicator cell holds a number or a symbol (<c>c</c>, <c>x</c>,
/// <c>z</c>), percentages and rates to 1 dp. The Department names a reporting year by the year it ends in, so
/// 2024-25 is time period 2025.
/// </summary>
public sealed class DepartmentReturn(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities, TimeProvider time)
{
    public const string ConsortiumName = "Signs of Safety consortium";

    public const string GroupColumn = "la_group";

    public static readonly IReadOnlyList<string> GeographyColumns =
        ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name"];

    public static readonly IReadOnlyList<string> MetadataColumns =
        ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column"];

    public const string GroupTotal = "Total";

    /// <summary>The reporting years that have ended and have any value, latest first.</summary>
    public async Task<IReadOnlyList<ReportingPeriod>> YearsWithDataAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var starts = await db.SnapshotHeads.AsNoTracking()
            .Where(h => h.PeriodKind == PeriodKind.ReportingYear && h.CatalogueVersion == IndicatorCatalogue.Version)
            .Select(h => h.PeriodStart)
            .Distinct()
            .ToListAsync(cancellationToken);
        var today = Today();
        return [.. starts.OrderDescending().Select(s => new ReportingPeriod(PeriodKind.ReportingYear, s)).Where(y => y.IsCompleteOn(today))];
    }

    public async Task<ReturnFiles> BuildAsync(ReportingPeriod year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Kind != PeriodKind.ReportingYear)
        {
            throw new ArgumentException("A return covers a reporting year.", nameof(year));
        }

        if (!year.IsCompleteOn(Today()))
        {
            throw new ArgumentException("A return covers a reporting year that has ended.", nameof(year));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var values = (await db.IndicatorValues.AsNoTracking()
                .Where(v => v.CatalogueVersion == IndicatorCatalogue.Version && v.PeriodKind == PeriodKind.ReportingYear && v.PeriodStart == year.Start)
                .ToListAsync(cancellationToken))
            .ToDictionary(v => (v.AuthorityCode, v.Indicator));
        StoredIndicatorValue? ValueOf(HubAuthority authority, IndicatorCode indicator) => values.GetValueOrDefault((authority.Code, indicator));

        var columns = ReturnColumn.ForCatalogue();
        var timePeriod = (year.ReportingYear + 1).ToString(CultureInfo.InvariantCulture);
        var data = new CsvTable([.. GeographyColumns, GroupColumn, .. columns.Select(c => c.Name)]);
        foreach (var authority in authorities.All)
        {
            data.Row([
                timePeriod, "Reporting year", "Local authority", PublishedSet.EnglandCode, "England",
                authority.RegionCode, authority.RegionName, authority.OldLaCode, authority.Code, authority.Name, GroupTotal,
                .. columns.Select(c => Cell(c, ValueOf(authority, c.Indicator.Code))),
            ]);
        }

        var members = authorities.All.Where(a => a.IsConsortiumMember).ToList();
        data.Row([
            timePeriod, "Reporting year", "National", PublishedSet.EnglandCode, "England", "", "", "", "", "", ConsortiumName,
            .. columns.Select(c => ConsortiumAggregate.Cell(c, members, a => ValueOf(a, c.Indicator.Code))),
        ]);

        var metadata = new CsvTable(MetadataColumns);
        metadata.Row([GroupColumn, "Filter", "Group of authorities", "", "", "", "Total for an authority's own figures; the consortium for its member authorities together", ""]);
        foreach (var column in columns)
        {
            metadata.Row([column.Name, "Indicator", column.Label, column.Grouping, column.Unit, column.DecimalPlaces.ToString(CultureInfo.InvariantCulture), "", ""]);
        }

        var stem = $"consortium_indicators_{timePeriod}";
        return new ReturnFiles($"{stem}.csv", data, $"{stem}.meta.csv", metadata);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>One authority's cell: the number to the column's decimal places, or the Department's symbol.</summary>
    internal static string Cell(ReturnColumn column, StoredIndicatorValue? value)
    {
        if (value is null)
        {
            return HubFormat.NotAvailable;
        }

        var number = column.Measure switch
        {
            ReturnMeasure.Count or ReturnMeasure.Percent or ReturnMeasure.Median => value.Value,
            ReturnMeasure.RatePer10000 => value.RatePer10000,
            ReturnMeasure.Numerator => value.Numerator,
            ReturnMeasure.Denominator => value.Denominator,
            ReturnMeasure.LowerQuartile => value.LowerQuartile,
            _ => value.UpperQuartile,
        };
        return HubFormat.ForFile(number, column.DecimalPlaces, value.Status);
    }
}
