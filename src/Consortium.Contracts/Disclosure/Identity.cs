namespace Consortium.Contracts.Disclosure;

/// <summary>A sum that holds between quantities: the terms, each added or taken away, come to zero.</summary>
public sealed record Identity(IReadOnlyList<(Quantity Quantity, int Sign)> Terms)
{
    /// <summary>A total and the parts it is the sum of.</summary>
    public static Identity Sum(Quantity total, IEnumerable<Quantity> parts) =>
        new([(total, -1), .. parts.Select(p => (p, 1))]);

    public bool HoldsFor(IReadOnlyDictionary<Quantity, long> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        long sum = 0;
        foreach (var (quantity, sign) in Terms)
        {
            if (!values.TryGetValue(quantity, out var value))
            {
                return true;
            }

            sum += sign * value;
        }

        return sum == 0;
    }
}
