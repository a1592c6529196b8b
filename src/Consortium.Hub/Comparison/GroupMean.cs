namespace Consortium.Hub.Comparison;

/// <summary>
/// The simple mean of a group's available values, and how many it rests on: <see cref="Reporting"/> of the
/// <see cref="OutOf"/> authorities in the group had a value. No mean when none had; missing and suppressed values are
/// left out, never filled in or worked out.
/// </summary>
public sealed record GroupMean(decimal? Mean, int Reporting, int OutOf)
{
    public static GroupMean Of(IEnumerable<decimal?> values, int outOf)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = 0m;
        var reporting = 0;
        foreach (var value in values)
        {
            if (value is { } number)
            {
                sum += number;
                reporting++;
            }
        }

        return new GroupMean(reporting == 0 ? null : sum / reporting, reporting, outOf);
    }
}
