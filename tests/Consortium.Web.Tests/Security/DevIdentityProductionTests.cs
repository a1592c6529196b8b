using Microsoft.AspNetCore.Hosting;

namespace Consortium.Web.Tests.Security;

public sealed class DevIdentityProductionTests
{
    private sealed class ProductionFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("DevIdentity:Enabled", "true");
        }
    }

    [Fact]
    public void The_development_provider_refuses_to_start_in_production()
    {
        using var factory = new ProductionFactory();

        var error = Assert.Throws<InvalidOperationException>(() => factory.Server);

        Assert.Contains("cannot run in Production", error.Message, StringComparison.Ordinal);
    }
}
