using System.Globalization;
using Consortium.Hub.Authorities;
using Consortium.Hub.Export;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Hub;

/// <summary>The authorities the hub compares, each linking to its own view.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class AuthoritiesModel(AuthorityRegistry registry) : PageModel
{
    public IReadOnlyList<HubAuthority> Authorities => registry.All;

    public void OnGet()
    {
    }

    public FileContentResult OnGetCsv()
    {
        var csv = new CsvTable(["new_la_code", "old_la_code", "la_name", "region_code", "region_name", "children_0_17", "consortium_member"]);
        foreach (var authority in Authorities)
        {
            csv.Row([authority.Code, authority.OldLaCode, authority.Name, authority.RegionCode, authority.RegionName,
                authority.Children.ToString(CultureInfo.InvariantCulture), authority.IsConsortiumMember ? "yes" : "no"]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "authorities.csv");
    }
}
