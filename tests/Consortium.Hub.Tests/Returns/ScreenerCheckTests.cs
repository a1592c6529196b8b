using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Returns;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;
using static Consortium.Hub.Tests.Returns.OpenDataScreener;

namespace Consortium.Hub.Tests.Returns;

/// <summary>The hub's return for 2024-25 run through the screener's checks as <see cref="OpenDataScreener"/> expresses them.</summary>
public sealed class ScreenerCheckTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new();
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private Table _data = null!;
    private Table _meta = null!;

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        foreach (var authority in _store.Services.GetRequiredService<AuthorityRegistry>().All)
        {
            await _store.Ingestor.IngestAsync(Snapshot(authority.Code, Year, Noon,
                Count(IndicatorCode.REF, 2000, 300m), Percent(IndicatorCode.REREF12, 200, 2000), Percent(IndicatorCode.REF_NFA, 100, 2000),
                Suppressed(IndicatorCode.CPP_2YR), Percent(IndicatorCode.SOS_NETWORK, 30, 60),
                new IndicatorValue { Indicator = IndicatorCode.ASMT_MEDIAN, Status = ValueStatus.Available, Value = 31.25m, LowerQuartile = 20, UpperQuartile = 40 },
                new IndicatorValue { Indicator = IndicatorCode.ICPC15, Status = ValueStatus.NotApplicable }));
        }

        var files = await _store.Services.GetRequiredService<DepartmentReturn>().BuildAsync(Year);
        _data = Table.Parse(files.Data.ToString());
        _meta = Table.Parse(files.Metadata.ToString());
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public void The_return_has_the_mandatory_data_and_metadata_columns() => Assert.Empty(MandatoryColumns(_data, _meta));

    [Fact]
    public void Every_geographic_level_is_one_the_format_knows() => Assert.Empty(GeographicLevels(_data));

    [Fact]
    public void Country_code_and_name_combinations_are_valid() => Assert.Empty(CountryCombinations(_data));

    [Fact]
    public void Old_la_code_new_la_code_and_la_name_combinations_are_valid_against_the_published_codes() => Assert.Empty(LaCombinations(_data));

    [Fact]
    public void Region_code_and_name_combinations_are_valid_against_the_published_codes() => Assert.Empty(RegionCombinations(_data));

    [Fact]
    public void Each_row_fills_its_own_level_and_leaves_lower_levels_blank() => Assert.Empty(GeographyCompleteness(_data));

    [Fact]
    public void One_year_type_and_well_formed_time_periods() => Assert.Empty(TimePeriods(_data));

    [Fact]
    public void Indicator_cells_hold_numbers_or_the_departments_symbols_and_filters_are_never_blank() => Assert.Empty(Cells(_data, _meta));

    [Fact]
    public void The_metadata_describes_exactly_the_data_files_filters_and_indicators() => Assert.Empty(MetadataMatchesData(_data, _meta));

    [Fact]
    public void Metadata_labels_are_80_characters_or_fewer_and_units_types_and_decimal_places_are_valid() => Assert.Empty(MetadataFields(_meta));

    [Fact]
    public void Every_filter_has_a_total() => Assert.Empty(FilterTotals(_data, _meta));

    [Fact]
    public void No_two_rows_share_a_time_geography_and_filter_combination() => Assert.Empty(DuplicateRows(_data, _meta));

    [Fact]
    public void Indicators_the_data_dictionary_names_take_its_names()
    {
        string[] dictionary = ["referral_count", "rereferral_count", "rereferral_percent", "no_further_action_count", "no_further_action_percent"];

        Assert.All(dictionary, name => Assert.Contains(name, _meta.Column("col_name")));
        Assert.Equal("Indicator", _meta.Cell(_meta.Rows.Single(m => m[0] == "referral_count"), "col_type"));
    }

    [Fact]
    public void The_consortium_is_a_national_row_under_a_filter_not_a_local_authority()
    {
        var consortium = Assert.Single(_data.Rows, r => _data.Cell(r, "la_group") == DepartmentReturn.ConsortiumName);
        var registry = _store.Services.GetRequiredService<AuthorityRegistry>();

        Assert.Equal("National", _data.Cell(consortium, "geographic_level"));
        Assert.Equal("E92000001", _data.Cell(consortium, "country_code"));
        Assert.Equal((registry.All.Count(a => a.IsConsortiumMember) * 2000).ToString(System.Globalization.CultureInfo.InvariantCulture), _data.Cell(consortium, "referral_count"));
        Assert.All(_data.Rows.Where(r => r != consortium), r => Assert.Equal(["Local authority", "Total"], [_data.Cell(r, "geographic_level"), _data.Cell(r, "la_group")]));
        Assert.Equal(registry.All.Count, _data.Rows.Count - 1);
        Assert.DoesNotContain(_data.Rows, r => _data.Cell(r, "new_la_code") == "z" || _data.Cell(r, "region_code") == "z");
    }
}
