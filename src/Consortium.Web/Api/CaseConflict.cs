namespace Consortium.Web.Api;

/// <summary>The 412 answer when the case changed since the ETag in If-Match was read: what changed, and that nothing was saved.</summary>
public static class CaseConflict
{
    public static IResult Problem(IReadOnlyList<string> theirChanges) =>
        Results.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The case has changed since you read it",
            detail: $"The case has changed since the ETag in If-Match was read: {string.Join("; ", theirChanges)}. Nothing was saved. Read the case again, check that your change still makes sense, and send it with the new ETag.",
            extensions: new Dictionary<string, object?> { ["theirChanges"] = theirChanges });
}
