using System.Diagnostics.CodeAnalysis;
using Consortium.Web.Api.Answers;

namespace Consortium.Web.Api;

/// <summary>What reading a request body gave: the value, or the problem to answer with instead.</summary>
public sealed class JsonBodyResult<T>
    where T : class
{
    internal JsonBodyResult(T value)
        : this(value, null)
    {
    }

    internal JsonBodyResult(RequestProblem problem)
        : this(null, problem)
    {
    }

    private JsonBodyResult(T? value, RequestProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public RequestProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Value is not null;
}
