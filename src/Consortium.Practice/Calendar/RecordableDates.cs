namespace Consortium.Practice.Calendar;

/// <summary>The dates the service records, in forms and the API alike: years 1900 to 2200.</summary>
public static class RecordableDates
{
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public static bool HasYear(int year) => year is >= FirstYear and <= LastYear;

    public static bool Contains(DateOnly date) => HasYear(date.Year);

    public static string Range => $"{FirstYear}-01-01 to {LastYear}-12-31";
}
