using System.Globalization;
using System.Text.Json.Serialization;

namespace Consortium.Contracts;

/// <summary>A month, a quarter of the reporting year, or a reporting year (1 April to 31 March).</summary>
public sealed record ReportingPeriod
{
    public ReportingPeriod(PeriodKind kind, DateOnly start)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        if (start.Day != 1 || !StartsOnBoundary(kind, start.Month))
        {
            throw new ArgumentException($"A {kind} does not start on {start:yyyy-MM-dd}.", nameof(start));
        }

        Kind = kind;
        Start = start;
    }

    public PeriodKind Kind { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period, inclusive.</summary>
    [JsonIgnore]
    public DateOnly End => Start.AddMonths(Months(Kind)).AddDays(-1);

    /// <summary>The reporting year the period falls in, named by the calendar year it starts in (2025 for 2025-26).</summary>
    [JsonIgnore]
    public int ReportingYear => Start.Month >= 4 ? Start.Year : Start.Year - 1;

    public static ReportingPeriod Year(int startYear) => new(PeriodKind.ReportingYear, new DateOnly(startYear, 4, 1));

    public static ReportingPeriod MonthOf(DateOnly day) => new(PeriodKind.Month, new DateOnly(day.Year, day.Month, 1));

    public static ReportingPeriod QuarterOf(DateOnly day)
    {
        var monthsIntoYear = (day.Month + 12 - 4) % 12;
        var first = new DateOnly(day.Year, day.Month, 1).AddMonths(-(monthsIntoYear % 3));
        return new ReportingPeriod(PeriodKind.Quarter, first);
    }

    public static ReportingPeriod YearOf(DateOnly day) => Year(day.Month >= 4 ? day.Year : day.Year - 1);

    public static ReportingPeriod Containing(PeriodKind kind, DateOnly day) => kind switch
    {
        PeriodKind.Month => MonthOf(day),
        PeriodKind.Quarter => QuarterOf(day),
        PeriodKind.ReportingYear => YearOf(day),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads a <see cref="Key"/> back: "2025-26", "2025-26 Q2" or "2025-07".</summary>
    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = null!;
        var text = key?.Trim() ?? "";
        var parts = text.Split(' ');
        if (parts.Length is < 1 or > 2 || parts[0].Length != 7 || parts[0][4] != '-'
            || !int.TryParse(parts[0].AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[0].AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || year is < 1900 or > 2999)
        {
            return false;
        }

        if (parts.Length == 1 && second == (year + 1) % 100)
        {
            period = Year(year);
            return true;
        }

        if (parts.Length == 2 && second == (year + 1) % 100 && parts[1] is ['Q', >= '1' and <= '4'])
        {
            period = new ReportingPeriod(PeriodKind.Quarter, new DateOnly(year, 4, 1).AddMonths((parts[1][1] - '1') * 3));
            return true;
        }

        if (parts.Length == 1 && second is >= 1 and <= 12)
        {
            period = new ReportingPeriod(PeriodKind.Month, new DateOnly(year, second, 1));
            return true;
        }

        return false;
    }

    /// <summary>The reporting year starting in April of <paramref name="startYear"/>, its four quarters and its twelve months.</summary>
    public static IEnumerable<ReportingPeriod> YearWithItsParts(int startYear)
    {
        var year = Year(startYear);
        yield return year;
        for (var q = 0; q < 4; q++)
        {
            yield return new ReportingPeriod(PeriodKind.Quarter, year.Start.AddMonths(q * 3));
        }

        for (var m = 0; m < 12; m++)
        {
            yield return new ReportingPeriod(PeriodKind.Month, year.Start.AddMonths(m));
        }
    }

    /// <summary>Whether the period is over on <paramref name="today"/>: its last day has passed, so no later event can fall in it.</summary>
    public bool IsCompleteOn(DateOnly today) => End < today;

    public ReportingPeriod Previous() => new(Kind, Start.AddMonths(-Months(Kind)));

    public ReportingPeriod Next() => new(Kind, Start.AddMonths(Months(Kind)));

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>A stable key: "2025-26", "2025-26 Q2", "2025-07".</summary>
    [JsonIgnore]
    public string Key => Kind switch
    {
        PeriodKind.ReportingYear => YearLabel(ReportingYear),
        PeriodKind.Quarter => $"{YearLabel(ReportingYear)} Q{((Start.Month + 12 - 4) % 12 / 3) + 1}",
        _ => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    /// <summary>How people read it: "2025-26", "2025-26 Q2", "July 2025".</summary>
    [JsonIgnore]
    public string Label => Kind == PeriodKind.Month
        ? Start.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))
        : Key;

    public override string ToString() => Key;

    private static string YearLabel(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    private static int Months(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        _ => 12,
    };

    private static bool StartsOnBoundary(PeriodKind kind, int month) => kind switch
    {
        PeriodKind.Month => true,
        PeriodKind.Quarter => (month + 12 - 4) % 3 == 0,
        _ => month == 4,
    };
}
