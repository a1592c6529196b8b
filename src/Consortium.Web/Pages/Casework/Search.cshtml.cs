using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>Find a child of this authority by name or by child or case reference.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class SearchModel(CaseloadService caseloads) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public CaseloadTable Table => new(CaseloadTable.Count((Rows ?? []).Count, "result"), Rows ?? [], true);

    public IReadOnlyList<CaseloadRow>? Rows { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<FormError> Errors => Error is null ? [] : [new("q", Error)];

    public TextField QueryField => new("q", "Name or reference", Query, Error, "For example, Sam Jones, C-1A2B3C4D or R-5E6F7A8B");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Query) || Query.Length > 100)
        {
            Error = "Enter a name or reference, up to 100 characters";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Rows = await caseloads.SearchAsync(Query, CurrentStaff.From(User), cancellationToken);
    }
}
