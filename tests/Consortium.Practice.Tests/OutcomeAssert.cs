using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Tests;

/// <summary>What a test expects of an outcome: the failure of one kind, or it fails saying what it was instead.</summary>
public static class OutcomeAssert
{
    public static IReadOnlyList<FieldError> Errors<T>(this Outcome<T> outcome)
        where T : notnull => Assert.IsType<Failure.Invalid>(outcome.Failure).Errors;

    public static Failure.Conflict Conflict<T>(this Outcome<T> outcome)
        where T : notnull => Assert.IsType<Failure.Conflict>(outcome.Failure);

    public static Failure.Refused Refused<T>(this Outcome<T> outcome)
        where T : notnull => Assert.IsType<Failure.Refused>(outcome.Failure);

    public static Failure.NotFound NotFound<T>(this Outcome<T> outcome)
        where T : notnull => Assert.IsType<Failure.NotFound>(outcome.Failure);
}
