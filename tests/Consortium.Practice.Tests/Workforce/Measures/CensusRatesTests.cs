using System.Globalization;
using System.IO.Compression;
using Consortium.Practice.Workforce.Measures;

namespace Consortium.Practice.Tests.Workforce.Measures;

/// <summary>
/// The rate formulas recompute England's published rates from the same row's published counts, read from the copy of
/// the Department's figures the hub ships (la_indicators.csv). Years whose published rates differ from their own row's
/// counts by 0.1 (2022 turnover, 2023 and 2024 agency, 2024 turnover: counts revised after the rates) are left out.
/// </summary>
public sealed class CensusRatesTests
{
    private static readonly Lazy<IReadOnlyDictionary<(int, string), decimal>> England = new(LoadEngland);

    private static decimal E(int year, string indicator) => England.Value[(year, indicator)];

    [Theory]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2025)]
    public void Each_rate_recomputed_from_englands_published_counts_equals_its_published_rate(int year)
    {
        Assert.Equal(E(year, "sw_turnover_rate_fte"), CensusRates.Turnover(E(year, "sw_leavers_fte"), E(year, "sw_fte")));
        Assert.Equal(E(year, "sw_turnover_rate_headcount"), CensusRates.Turnover(E(year, "sw_leavers_headcount"), E(year, "sw_headcount")));
        Assert.Equal(E(year, "sw_agency_rate_fte"), CensusRates.Agency(E(year, "sw_agency_fte"), E(year, "sw_fte")));
        Assert.Equal(E(year, "sw_agency_rate_headcount"), CensusRates.Agency(E(year, "sw_agency_headcount"), E(year, "sw_headcount")));
        Assert.Equal(E(year, "sw_vacancy_rate_fte"), CensusRates.Vacancy(E(year, "sw_vacancies_fte"), E(year, "sw_fte")));
        Assert.Equal(E(year, "sw_caseload_fte"), CensusRates.Caseload(E(year, "sw_cases"), E(year, "sw_case_holders_fte")));
    }

    [Fact]
    public void Rates_round_half_away_from_zero_to_one_decimal_place()
    {
        Assert.Equal(12.5m, CensusRates.Turnover(1m, 8m));
        Assert.Equal(0.1m, CensusRates.Turnover(1m, 2000m));
        Assert.Equal(0.0m, CensusRates.Turnover(1m, 2001m));
        Assert.Null(CensusRates.Caseload(5m, 0m));
    }

    private static Dictionary<(int, string), decimal> LoadEngland()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Consortium.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("No Consortium.sln above the tests."), "src", "Consortium.Hub", "ReferenceData", "published", "la_indicators.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine()!.Split(',');
        var (year, code, indicator, value) = (Array.IndexOf(header, "time_period"), Array.IndexOf(header, "new_la_code"), Array.IndexOf(header, "indicator"), Array.IndexOf(header, "value"));
        var england = new Dictionary<(int, string), decimal>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (fields.Length == header.Length && fields[code] == "E92000001" && fields[indicator].StartsWith("sw_", StringComparison.Ordinal))
            {
                england[(int.Parse(fields[year], CultureInfo.InvariantCulture), fields[indicator])] = decimal.Parse(fields[value], CultureInfo.InvariantCulture);
            }
        }

        return england;
    }
}
