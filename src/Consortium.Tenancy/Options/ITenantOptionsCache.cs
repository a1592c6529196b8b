using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Options;

/// <summary>Clears the options cached for one authority, for example after its policy changed.</summary>
public interface ITenantOptionsCache
{
    void Clear(string tenantId);
}
