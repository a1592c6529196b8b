using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Consortium.Web.Hosting;

/// <summary>Whose a page is, by its folder.</summary>
public enum PageOwner
{
    /// <summary>Every page outside the folders below: a page that names no realm answers only at an authority.</summary>
    Authorities,

    /// <summary>Pages under /Hub.</summary>
    Hub,

    /// <summary>
    /// Sign-in pages of both realms (/Account), the root host's list of authorities (/Platform), not-found, and the
    /// development provider's sign-in page (/Login, from Consortium.DevIdentity).
    /// </summary>
    EveryProcess,
}
