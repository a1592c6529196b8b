namespace Consortium.Metrics.Tests.Disclosure;

/// <summary>A clock the test moves on a day at a time.</summary>
public sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void NextDay() => _now = _now.AddDays(1);
}
