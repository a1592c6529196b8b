namespace Consortium.Contracts.Disclosure;

/// <summary>
/// One number behind the published indicators of a period: what is counted (<see cref="Counted"/>, as the catalogue
/// words it) in <see cref="Period"/>. Indicators that count the same thing share one quantity, so hiding it in one
/// place and showing it in another is seen for what it is.
/// </summary>
public readonly record struct Quantity(ReportingPeriod Period, string Counted)
{
    public override string ToString() => $"{Period.Key}: {Counted}";
}
