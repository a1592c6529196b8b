using System.Globalization;

namespace Consortium.Practice.Calendar;

/// <summary>A date outside the years the bank holiday table covers: counting working days there would be a guess.</summary>
public sealed class CalendarNotCoveredException : InvalidOperationException
{
    public CalendarNotCoveredException(DateOnly date, DateOnly from, DateOnly through)
        : base($"Working days can only be counted from {from:yyyy-MM-dd} to {through:yyyy-MM-dd}; {date:yyyy-MM-dd} is outside. Add that year's bank holidays under Calendar:AdditionalBankHolidays.")
    {
    }

    public CalendarNotCoveredException()
    {
    }

    public CalendarNotCoveredException(string message)
        : base(message)
    {
    }

    public CalendarNotCoveredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
