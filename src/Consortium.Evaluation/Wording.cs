namespace Consortium.Evaluation;

/// <summary>
/// Plain-English sentences a councillor can read, never more certain than the interval: when the interval spans zero the
/// sentence says "no clear change"; otherwise it gives the direction and the range the interval allows, not only the
/// best estimate.
/// </summary>
public static class Wording
{
    public static string Change(Quantity quantity, string what, double estimate, Interval interval, string confidence = "95%")
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(interval);
        var range = $"({confidence} interval {quantity.Show(interval.Lower)} to {quantity.Show(interval.Upper)})";
        if (interval.SpansZero)
        {
            return $"No clear change in {what}: the best estimate is {Signed(quantity, estimate)}, but the {confidence} interval runs " +
                   $"from {quantity.Show(interval.Lower)} to {quantity.Show(interval.Upper)}, so it could be a rise, a fall or nothing.";
        }

        var direction = interval.Lower > 0 ? "rose" : "fell";
        var near = Math.Min(Math.Abs(interval.Lower), Math.Abs(interval.Upper));
        var far = Math.Max(Math.Abs(interval.Lower), Math.Abs(interval.Upper));
        return $"{Capitalise(what)} {direction} by between {quantity.ShowChange(near)} and {quantity.ShowChange(far)} " +
               $"(best estimate {Signed(quantity, estimate)}) {range}.";
    }

    internal static string Signed(Quantity quantity, double value) =>
        (value > 0 ? "+" : "") + quantity.ShowChange(value);

    internal static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
