namespace Consortium.Practice.Calendar;

/// <summary>Bound from the "Calendar" section: bank holidays an operator adds beyond the shipped table.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Date (yyyy-MM-dd) to name, for example "2031-01-01": "New Year's Day".</summary>
    public Dictionary<string, string> AdditionalBankHolidays { get; set; } = [];
}
