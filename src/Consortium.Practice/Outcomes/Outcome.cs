using System.Diagnostics.CodeAnalysis;

namespace Consortium.Practice.Outcomes;

/// <summary>
/// The result of a change: done with its value, or the <see cref="Outcomes.Failure"/> that stopped it. A service
/// returns either a value or a failure and the conversions make the outcome.
/// </summary>
public sealed class Outcome<T>
    where T : notnull
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsDone => Failure is null;

    [SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Done and Failed are the named alternates.")]
    public static implicit operator Outcome<T>(T value) => Done(value);

    [SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "Done and Failed are the named alternates.")]
    public static implicit operator Outcome<T>(Failure failure) => Failed(failure);

    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The named alternates of the conversions.")]
    public static Outcome<T> Done(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The named alternates of the conversions.")]
    public static Outcome<T> Failed(Failure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

}
