using Consortium.Practice.DirectWork;
using Consortium.Web.Api.Answers;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consortium.Web.Api;

/// <summary>The artefacts of direct work: each file only through its record, for staff who may open the child's record.</summary>
public static class DirectWorkEndpoints
{
    public static RouteGroupBuilder MapDirectWork(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/direct-work/{id:guid}/documents/{blob}", DocumentAsync)
            .WithName("GetDirectWorkDocument")
            .WithSummary("Download one file of a piece of direct work (a photo or scan of a drawing, a document)")
            .WithDescription("Answers the file as it was uploaded, with its type and, in Content-Disposition, its file name. It is never cached. The download is written to the child's access log.")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream", "image/png", "image/jpeg", "application/pdf");
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, NotFoundProblem>> DocumentAsync(Guid id, string blob, HttpContext http, DirectWorkService directWork, CancellationToken cancellationToken)
    {
        if (await directWork.OpenDocumentAsync(id, blob, CurrentStaff.From(http.User), cancellationToken) is not { } document)
        {
            return new NotFoundProblem("document of that direct work");
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }
}
