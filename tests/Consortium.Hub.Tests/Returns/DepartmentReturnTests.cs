using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Returns;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Returns;

public sealed class DepartmentReturnTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new();
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private static List<string[]> Rows(ReturnFiles files, bool metadata = false) =>
        [.. (metadata ? files.Metadata : files.Data).ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Split)];

    private static string[] Split(string line) => [.. Consortium.Hub.Authorities.CsvFields.Split(line)];

    private async Task<ReturnFiles> Build()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon,
            Count(IndicatorCode.REF, 2288, 305.04m), Percent(IndicatorCode.REREF12, 174, 2288), Suppressed(IndicatorCode.CPP_2YR),
            new IndicatorValue { Indicator = IndicatorCode.ASMT_MEDIAN, Status = ValueStatus.Available, Value = 31.25m, LowerQuartile = 20, UpperQuartile = 40 },
            new IndicatorValue { Indicator = IndicatorCode.ICPC15, Status = ValueStatus.NotApplicable }));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Count(IndicatorCode.REF, 3000, 323.6m), Percent(IndicatorCode.REREF12, 300, 3000), Percent(IndicatorCode.CPP_2YR, 4, 40)));
        return await _store.Services.GetRequiredService<DepartmentReturn>().BuildAsync(Year);
    }

    [Fact]
    public async Task The_data_file_has_the_mandatory_columns_a_row_per_authority_and_a_national_row_for_the_consortium()
    {
        var rows = Rows(await Build());

        Assert.Equal(["time_period", "time_identifier", "geographic_level", "country_code", "country_name"], rows[0][..5]);
        Assert.Contains("new_la_code", rows[0]);
        Assert.All(rows[0], h => Assert.Matches("^[a-z0-9_]+$", h));
        var registry = _store.Services.GetRequiredService<AuthorityRegistry>();
        Assert.Equal(registry.All.Count + 1, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(["2025", "Reporting year"], r[..2]));
        Assert.All(rows.Skip(1), r => Assert.Equal(["E92000001", "England"], r[3..5]));
        var consortium = rows[^1];
        Assert.Equal("National", consortium[2]);
        Assert.Equal("", consortium[Array.IndexOf(rows[0], "new_la_code")]);
        Assert.Equal(DepartmentReturn.ConsortiumName, consortium[Array.IndexOf(rows[0], DepartmentReturn.GroupColumn)]);
    }

    [Fact]
    public async Task A_return_is_offered_for_each_completed_reporting_year_only()
    {
        var current = ReportingPeriod.YearOf(DateOnly.FromDateTime(DateTime.UtcNow));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.04m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year.Next(), Noon, Count(IndicatorCode.REF, 2000, 300m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, current, DateTimeOffset.UtcNow, Count(IndicatorCode.REF, 100, 10m)));

        var years = await _store.Services.GetRequiredService<DepartmentReturn>().YearsWithDataAsync();

        Assert.DoesNotContain(current, years);
        Assert.Equal([Year.Next(), Year], years.Where(y => y == Year || y == Year.Next()));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.Services.GetRequiredService<DepartmentReturn>().BuildAsync(current));
    }

    [Fact]
    public async Task Every_indicator_cell_holds_a_number_or_a_symbol_never_empty_or_na()
    {
        var rows = Rows(await Build());
        var first = DepartmentReturn.GeographyColumns.Count + 1;

        Assert.All(rows.Skip(1), row => Assert.All(row[first..], cell => Assert.Matches(@"^(-?\d+(\.\d)?|c|x|z|low|u)$", cell)));
        Assert.Equal(rows[0].Length, rows[1].Length);
    }

    [Fact]
    public async Task Values_are_written_to_one_decimal_place_with_the_departments_symbols()
    {
        var rows = Rows(await Build());
        string Cell(string authority, string column) => rows.Single(r => r.Contains(authority))[Array.IndexOf(rows[0], column)];

        Assert.Equal("2288", Cell(Brent, "referral_count"));
        Assert.Equal("305.0", Cell(Brent, "ref_rate_per_10000"));
        Assert.Equal("7.6", Cell(Brent, "rereferral_percent"));
        Assert.Equal("31.3", Cell(Brent, "asmt_median"));
        Assert.Equal("c", Cell(Brent, "cpp_2yr_percent"));
        Assert.Equal("c", Cell(Brent, "cpp_2yr_numerator"));
        Assert.Equal("z", Cell(Brent, "icpc15_percent"));
        Assert.Equal("x", Cell(Wakefield, "referral_count"));
    }

    [Fact]
    public async Task The_consortium_row_is_suppressed_wherever_a_member_was_and_never_re_derives_it()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m), Suppressed(IndicatorCode.CPP_START)));
        foreach (var authority in _store.Services.GetRequiredService<AuthorityRegistry>().All.Where(a => a.IsConsortiumMember && a.Code != Brent))
        {
            await _store.Ingestor.IngestAsync(Snapshot(authority.Code, Year, Noon, Count(IndicatorCode.REF, 1000, 100m), Count(IndicatorCode.CPP_START, 100, 10m)));
        }

        var rows = Rows(await _store.Services.GetRequiredService<DepartmentReturn>().BuildAsync(Year));
        string Consortium(string column) => rows[^1][Array.IndexOf(rows[0], column)];

        Assert.Equal("11290", Consortium("referral_count"));
        Assert.Equal("97.8", Consortium("ref_rate_per_10000"));
        Assert.Equal("c", Consortium("cpp_start_count"));
        Assert.Equal("c", Consortium("cpp_start_rate_per_10000"));
        Assert.Equal("z", Consortium("asmt_median"));
    }

    [Fact]
    public async Task The_metadata_file_describes_every_indicator_column()
    {
        var files = await Build();
        var data = Rows(files);
        var metadata = Rows(files, metadata: true);

        Assert.Equal(DepartmentReturn.MetadataColumns, metadata[0]);
        Assert.Equal(data[0][DepartmentReturn.GeographyColumns.Count..], metadata.Skip(1).Select(m => m[0]));
        Assert.Equal(["Filter", "Indicator"], metadata.Skip(1).Select(m => m[1]).Distinct());
        Assert.Equal(["%", "1"], metadata.Single(m => m[0] == "rereferral_percent")[4..6]);
        Assert.Equal(["", "0"], metadata.Single(m => m[0] == "referral_count")[4..6]);
    }
}
