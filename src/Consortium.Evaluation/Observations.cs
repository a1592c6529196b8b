using System.Globalization;

namespace Consortium.Evaluation;

/// <summary>One value of an indicator at a time (a year such as 2016, or a month index).</summary>
public readonly record struct Observation(double Time, double Value);

/// <summary>An inclusive range of times, e.g. the years 2011 to 2014.</summary>
public readonly record struct Window(double From, double To)
{
    public bool Contains(double time) => time >= From && time <= To;

    public override string ToString() => From == To
        ? From.ToString("0.##", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From:0.##} to {To:0.##}");
}

/// <summary>A confidence interval.</summary>
public sealed record Interval(double Lower, double Upper)
{
    /// <summary>True when zero lies inside the interval (ends included): the data are consistent with no change.</summary>
    public bool SpansZero => Lower <= 0 && Upper >= 0;

    public double Width => Upper - Lower;
}

/// <summary>A coefficient with its standard error and 95% (or chosen) confidence interval.</summary>
public sealed record Estimate(double Value, double StandardError, Interval Interval);

/// <summary>
/// What a number is, for the plain-English sentence: a name ("re-referrals within 12 months"), the unit a change is in
/// ("percentage points") and how to print a number (".NET format, invariant culture").
/// </summary>
public sealed record Quantity(string Name, string ChangeUnit = "", string Format = "0.0")
{
    internal string Show(double value) => value.ToString(Format, CultureInfo.InvariantCulture);

    internal string ShowChange(double value) =>
        string.IsNullOrEmpty(ChangeUnit) ? Show(value) : $"{Show(value)} {ChangeUnit}";
}
