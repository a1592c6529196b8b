using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Consortium.Web.Api.Answers;

/// <summary>403: the record is restricted and this person is not named on it; says nothing about the child.</summary>
public sealed class RestrictedProblem()
    : ProblemAnswer(
        Problem(StatusCodes.Status403Forbidden, "This record is restricted", "Only the staff named on this record may open it. The attempt has been recorded."),
        StatusCodes.Status403Forbidden),
      IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(method, builder, StatusCodes.Status403Forbidden);
}
