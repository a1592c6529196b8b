using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Http;

namespace Consortium.Tenancy.Tests.Resolution;

public sealed class ResolutionStrategyTests
{
    private static readonly TestOptionsMonitor<TenancyOptions> Options = new(new TenancyOptions { Domain = "consortium.example", RootHosts = ["127.0.0.1"] });

    private static HttpContext Request(string host, string path = "/")
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        return context;
    }

    [Theory]
    [InlineData("brent.consortium.example", "brent")]
    [InlineData("BRENT.consortium.example", "brent")]
    [InlineData("tower-hamlets.consortium.example:8443", "tower-hamlets")]
    [InlineData("consortium.example", null)]
    [InlineData("127.0.0.1", null)]
    [InlineData("evil.example", "evil.example")]
    [InlineData("a.b.consortium.example", "a.b")]
    [InlineData("hub.consortium.example", null)]
    public async Task Host_strategy_reads_the_label_before_the_domain(string host, string? expected) =>
        Assert.Equal(expected, await new HostTenantStrategy(Options).GetIdentifierAsync(Request(host)));

    [Fact]
    public async Task Host_strategy_ignores_a_context_that_is_not_a_request() =>
        Assert.Null(await new HostTenantStrategy(Options).GetIdentifierAsync(new object()));

    [Theory]
    [InlineData("/t/brent/", "brent")]
    [InlineData("/t/brent", "brent")]
    [InlineData("/t/brent/cases/1", "brent")]
    [InlineData("/t/", null)]
    [InlineData("/t", null)]
    [InlineData("/tenants/brent", null)]
    [InlineData("/", null)]
    public async Task Base_path_strategy_reads_the_segment_after_the_prefix(string path, string? expected) =>
        Assert.Equal(expected, await new BasePathTenantStrategy(Options).GetIdentifierAsync(Request("consortium.example", path)));

    [Fact]
    public void Base_path_strategy_moves_the_prefix_into_the_path_base()
    {
        var context = Request("consortium.example", "/t/brent/cases/1");
        new BasePathTenantStrategy(Options).Rebase(context, "brent");

        Assert.Equal("/t/brent", context.Request.PathBase.Value);
        Assert.Equal("/cases/1", context.Request.Path.Value);
    }
}
