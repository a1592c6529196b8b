using System.ComponentModel;
using System.Security.Claims;
using Consortium.Practice.Casework;
using Consortium.Web.Api.Answers;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapGet("/children/{id:guid}", OpenAsync)
            .WithName("GetChild")
            .WithSummary("A child's record and their cases")
            .WithDescription("A restricted record that the signed-in person is not named on is refused with 403, which says nothing about the child; the attempt is logged.")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        return api;
    }

    private static async Task<Results<Ok<CaseList>, ValidationProblem>> SearchAsync(
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
        return TypedResults.Ok(CaseList.From(rows, 0, casework.Today));
    }

    private static async Task<Results<Ok<ChildDetail>, RestrictedProblem, NotFoundProblem>> OpenAsync(Guid id, ClaimsPrincipal user, CaseworkService casework, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(user), cancellationToken);
        if (opening.IsRestricted)
        {
            return new RestrictedProblem();
        }

        return opening.Child is { } child ? TypedResults.Ok(ChildDetail.From(child, opening.Cases)) : new NotFoundProblem("child");
    }
}
