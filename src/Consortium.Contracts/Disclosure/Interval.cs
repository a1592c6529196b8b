namespace Consortium.Contracts.Disclosure;

/// <summary>What can be known of a quantity: it lies from <see cref="Low"/> to <see cref="High"/> (null: no upper bound).</summary>
public readonly record struct Interval(long Low, long? High)
{
    /// <summary>How many whole values it allows; null when unbounded.</summary>
    public long? Width => High - Low + 1;

    public bool Contains(long value) => value >= Low && (High is null || value <= High);

    public override string ToString() => High is { } high ? $"[{Low}, {high}]" : $"[{Low}, ∞)";
}
