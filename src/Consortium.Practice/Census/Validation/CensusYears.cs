using System.Globalization;

namespace Consortium.Practice.Census.Validation;

/// <summary>The collection years whose rules this product checks (2024-25 and 2025-26), each named by the year it ends in.</summary>
public static class CensusYears
{
    public const int Default = 2026;

    public static IReadOnlyList<int> Offered { get; } = [2025, 2026];

    /// <summary>How the Department names the year: 2025-26.</summary>
    public static string Label(int year) => string.Create(CultureInfo.InvariantCulture, $"{year - 1}-{year % 100:00}");
}
