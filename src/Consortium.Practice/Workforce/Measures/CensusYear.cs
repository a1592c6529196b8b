using System.Globalization;

namespace Consortium.Practice.Workforce.Measures;

/// <summary>
/// A year of the Department's children's social work workforce census, named as the Department names it by the
/// year it ends: census year 2025 runs from 1 October 2024 to 30 September 2025, and its positions are at 30 September.
/// </summary>
public readonly record struct CensusYear(int Year)
{
    public const int First = 2017;

    public DateOnly Start => new(Year - 1, 10, 1);

    /// <summary>30 September, the day the census counts who is in post and which cases they hold.</summary>
    public DateOnly CensusDate => new(Year, 9, 30);

    public string Label => string.Create(CultureInfo.InvariantCulture, $"1 October {Year - 1} to 30 September {Year}");

    /// <summary>The latest year whose 30 September has passed, or is today.</summary>
    public static CensusYear LatestEndedBy(DateOnly today) => new(today >= new DateOnly(today.Year, 9, 30) ? today.Year : today.Year - 1);

    /// <summary>The years a measure can be asked for on <paramref name="today"/>: from the first per-worker census to the one in progress.</summary>
    public static IReadOnlyList<CensusYear> Choices(DateOnly today) =>
        [.. Enumerable.Range(First, LatestEndedBy(today).Year - First + 2).Select(y => new CensusYear(y)).Reverse()];
}
