namespace Consortium.Tenancy;

/// <summary>Sets the tenant of the current unit of work. Only resolution middleware and scope runners use it.</summary>
public interface ITenantContextSetter
{
    void SetCurrent(TenantInfo? tenant);
}
