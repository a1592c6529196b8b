using System.ComponentModel;
using System.Security.Claims;
using Consortium.Practice.Casework;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;

namespace Consortium.Web.Api;

/// <summary>Find children of the authority, and open a child's record (logged in its access log).</summary>
public static class ChildrenEndpoints
{
    public static RouteGroupBuilder MapChildren(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/children", SearchAsync)
            .WithName("SearchChildren")
            .WithSummary("Find children by name, or by child or case reference")
            .WithDescription("Every word of q must appear in the child's first or last name, or q is a child reference (C-…) or a case reference (R-…). Answers with the cases of the children found.")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<CaseList>()
            .ProducesValidationProblem();
        api.MapGet("/children/{id:guid}", OpenAsync)
            .WithName("GetChild")
            .WithSummary("A child's record and their cases")
            .WithDescription("A restricted record that the signed-in person is not named on is refused with 403, which says nothing about the child; the attempt is logged.")
            .RequireAuthorization(AuthorizationPolicies.Staff)
            .Produces<ChildDetail>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> SearchAsync(
        [Description("A name, or a child or case reference; up to 100 characters")] string? q,
        ClaimsPrincipal user,
        CaseloadService caseloads,
        CaseworkService casework,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            return ApiProblems.Invalid("q", "Enter a name or reference, up to 100 characters");
        }

        var rows = await caseloads.SearchAsync(q, CurrentStaff.From(user), cancellationToken);
        return Results.Ok(CaseList.From(rows, 0, casework.Today));
    }

    private static async Task<IResult> OpenAsync(Guid id, ClaimsPrincipal user, CaseworkService casework, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(user), cancellationToken);
        if (opening.IsRestricted)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "This record is restricted",
                detail: "Only the staff named on this record may open it. The attempt has been recorded.");
        }

        return opening.Child is { } child ? Results.Ok(ChildDetail.From(child, opening.Cases)) : ApiProblems.NotFound("child");
    }
}
