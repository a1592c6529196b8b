using System.Text.Json;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Stores;

/// <summary>Lets the catalog check the whole directory (which contains the catalog itself) without a DI cycle.</summary>
internal interface ITenantDirectoryAccess
{
    ITenantDirectory Directory { get; }
}
