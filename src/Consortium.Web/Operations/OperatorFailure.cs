using Consortium.Practice.Outcomes;

namespace Consortium.Web.Operations;

/// <summary>An operator command's lines for a change that was not made, one a problem.</summary>
public static class OperatorFailure
{
    public static IEnumerable<string> Describe(Failure failure) => failure switch
    {
        Failure.Invalid invalid => invalid.Errors.Select(e => $"{e.Field}: {e.Message}"),
        Failure.Conflict conflict => [$"{conflict.Message}: {string.Join("; ", conflict.TheirChanges)}"],
        Failure.NotFound notFound => [$"There is no such {notFound.What}"],
        Failure.Refused refused => [refused.Reason],
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "Every kind of failure has a description."),
    };
}
