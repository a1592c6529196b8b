using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using Consortium.Practice.Casework;
using Consortium.Web.Api.Contracts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consortium.Web.Api;

/// <summary>Open cases, a page at a time: the signed-in person's, and a team manager's whole team's.</summary>
public static class CaseloadEndpoints
{
    private const string PageHelp = "The page, from 0; 25 cases a page";
    private const string PageMessage = "page must be a whole number from 0 to 10000";

    public static RouteGroupBuilder MapCaseloads(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/caseload", MineAsync)
            .WithName("GetMyCaseload")
            .WithSummary("The signed-in person's open cases, with what is due next")
            .RequireAuthorization(AuthorizationPolicies.Staff);
        api.MapGet("/caseload/team", TeamAsync)
            .WithName("GetTeamCaseload")
            .WithSummary("Every open case in the signed-in team manager's team")
            .RequireAuthorization(AuthorizationPolicies.TeamManager);
        return api;
    }

    private static async Task<Results<Ok<CaseList>, ValidationProblem>> MineAsync([Description(PageHelp)] string? page, ClaimsPrincipal user, CaseloadService caseloads, CaseworkService casework, CancellationToken cancellationToken)
    {
        if (!TryParsePage(page, out var number))
        {
            return ApiProblems.Invalid(nameof(page), PageMessage);
        }

        return TypedResults.Ok(CaseList.From(await caseloads.MineAsync(CurrentStaff.From(user), number, cancellationToken), number, casework.Today));
    }

    private static async Task<Results<Ok<CaseList>, ValidationProblem>> TeamAsync([Description(PageHelp)] string? page, ClaimsPrincipal user, CaseloadService caseloads, CaseworkService casework, CancellationToken cancellationToken)
    {
        if (!TryParsePage(page, out var number))
        {
            return ApiProblems.Invalid(nameof(page), PageMessage);
        }

        return TypedResults.Ok(CaseList.From(await caseloads.TeamAsync(CurrentStaff.From(user), number, cancellationToken), number, casework.Today));
    }

    private static bool TryParsePage(string? value, out int page)
    {
        page = 0;
        return string.IsNullOrEmpty(value)
            || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page <= 10_000);
    }
}
