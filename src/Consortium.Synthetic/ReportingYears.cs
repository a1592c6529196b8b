namespace Consortium.Synthetic;

/// <summary>The statutory reporting year: 1 April to 31 March.</summary>
public static class ReportingYears
{
    /// <summary>The 1 April that began the reporting year containing <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day) => new(day.Month >= 4 ? day.Year : day.Year - 1, 4, 1);
}
