namespace Consortium.Metrics.Data;

/// <summary>
/// One calendar day and how many working days (England's, bank holidays excluded) fall on or before it since the
/// calendar began. The working days between two dates are the difference of their numbers, so the database can
/// count working days with two joins instead of loading cases to walk the calendar.
/// </summary>
public sealed class WorkingDayNumber
{
    public DateOnly Day { get; set; }

    public int Number { get; set; }
}
