namespace Consortium.Tenancy;

/// <summary>Reads the tenant of the current request or unit of work.</summary>
public interface ITenantContextAccessor
{
    TenantInfo? Current { get; }
}
