using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Consortium.Web.Api.Answers;

/// <summary>404: there is no such record at this authority, or this person may not open it (the two look alike).</summary>
public sealed class NotFoundProblem(string what)
    : ProblemAnswer(Problem(StatusCodes.Status404NotFound, "Not found", $"There is no {what} with that id at this authority."), StatusCodes.Status404NotFound),
      IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe(method, builder, StatusCodes.Status404NotFound);
}
