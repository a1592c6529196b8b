using Consortium.Tenancy.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Consortium.Web.Security;

/// <summary>Where the data-protection key ring (session cookies, sign-in state, antiforgery) is kept.</summary>
public enum DataProtectionStore
{
    /// <summary>A folder of this machine: {data directory}/keys. Right for one process.</summary>
    FileSystem,

    /// <summary>The catalog database: every instance of the deployment reads the others' cookies.</summary>
    Catalog,
}
