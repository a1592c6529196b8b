using System.Text.Json;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Stores;

internal sealed class TenantDirectoryAccess(IServiceProvider services) : ITenantDirectoryAccess
{
    public ITenantDirectory Directory => (ITenantDirectory)services.GetService(typeof(ITenantDirectory))!;
}
