using Consortium.Web.Api.Answers;

namespace Consortium.Web.Api;

/// <summary>The If-Match a change must send: missing is 428, anything but one ETag this API issued is 400.</summary>
public static class IfMatch
{
    /// <summary>The token in the request's If-Match, or the problem to answer instead.</summary>
    /// <param name="readWith">The read that gives the ETag, such as "GET /api/cases/{id}".</param>
    /// <param name="what">What is being changed, such as "case".</param>
    public static RequestProblem? Read(HttpRequest request, string readWith, string what, out Guid token)
    {
        ArgumentNullException.ThrowIfNull(request);
        token = Guid.Empty;
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return RequestProblem.Of(
                StatusCodes.Status428PreconditionRequired,
                "If-Match is required",
                $"Send If-Match with the ETag from {readWith}, so that a change someone else made since you read the {what} is not overwritten. Nothing was saved.");
        }

        return CaseETag.TryParse(ifMatch, out token)
            ? null
            : RequestProblem.Of(StatusCodes.Status400BadRequest, "If-Match is not an ETag of this API", $"Send If-Match with the single ETag, quotes included, that {readWith} returned. Nothing was saved.");
    }
}
