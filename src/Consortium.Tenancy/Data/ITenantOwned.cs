namespace Consortium.Tenancy.Data;

/// <summary>A row that belongs to one authority. Its TenantId is filtered on every query and checked on every save.</summary>
public interface ITenantOwned
{
    string TenantId { get; set; }
}
