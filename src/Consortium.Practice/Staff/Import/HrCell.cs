using System.Globalization;

namespace Consortium.Practice.Staff.Import;

/// <summary>How the text of an HR file's cells becomes dates and numbers: the forms spreadsheets and HR systems write.</summary>
internal static class HrCell
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>Empty is no date; otherwise the date, or false when it is not one.</summary>
    public static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    public static bool TryFte(string? text, out decimal? fte)
    {
        fte = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            fte = parsed;
            return true;
        }

        return false;
    }

    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
