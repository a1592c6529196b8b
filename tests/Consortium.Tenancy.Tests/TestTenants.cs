using Consortium.Tenancy;

namespace Consortium.Tenancy.Tests;

internal static class TestTenants
{
    public static TenantInfo Make(string slug, string id) => new()
    {
        Id = id,
        Identifier = slug,
        Name = $"Authority {slug}",
        OldLaCode = "999",
        NewLaCode = id,
        RegionCode = "E12000001",
        RegionName = "Test region",
    };

    public static readonly TenantInfo A = Make("alpha", "E06000001");
    public static readonly TenantInfo B = Make("bravo", "E06000002");
}
