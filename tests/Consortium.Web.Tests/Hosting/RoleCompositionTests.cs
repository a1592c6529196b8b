using System.Net;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using Consortium.Metrics.Outbox;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Tests.Hosting;

/// <summary>A process registers and maps only what its roles (Consortium:Roles) run; nothing is registered and then taken away.</summary>
public sealed class RoleCompositionTests : IDisposable
{
    private readonly ConsortiumWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private WebApplicationFactory<Program> Running(string roles) =>
        _factory.WithWebHostBuilder(b => b.UseSetting("Consortium:Roles", roles));

    [Fact]
    public void A_hub_only_process_registers_nothing_of_the_authorities()
    {
        using var hub = Running("Hub");
        var services = hub.Services;
        var registered = services.GetRequiredService<IServiceProviderIsService>();

        Assert.False(registered.IsService(typeof(CaseworkService)));
        Assert.False(registered.IsService(typeof(PracticeDbContext)));
        Assert.False(registered.IsService(typeof(TenantDatabaseProvisioner)));
        Assert.False(registered.IsService(typeof(OutboxRelay)));
        Assert.DoesNotContain(services.GetServices<IHostedService>(), h => h.GetType().Assembly == typeof(CaseworkService).Assembly || h.GetType().Assembly == typeof(OutboxRelay).Assembly);
        Assert.DoesNotContain("authority-databases", RegisteredHealthChecks(services));
        Assert.Contains("hub-database", RegisteredHealthChecks(services));
        Assert.True(registered.IsService(typeof(IDbContextFactory<HubDbContext>)));
    }

    [Fact]
    public void An_authorities_only_process_registers_no_hub_store_or_consumer()
    {
        using var authorities = Running("Tenant");
        var services = authorities.Services;
        var registered = services.GetRequiredService<IServiceProviderIsService>();

        Assert.False(registered.IsService(typeof(IDbContextFactory<HubDbContext>)));
        Assert.False(registered.IsService(typeof(HubDbContext)));
        Assert.False(registered.IsService(typeof(IndicatorSnapshotConsumer)));
        Assert.DoesNotContain("hub-database", RegisteredHealthChecks(services));
        Assert.Contains("authority-databases", RegisteredHealthChecks(services));
        Assert.True(registered.IsService(typeof(CaseworkService)));
    }

    [Fact]
    public void The_embedded_default_registers_both_roles()
    {
        var registered = _factory.Services.GetRequiredService<IServiceProviderIsService>();

        Assert.True(registered.IsService(typeof(CaseworkService)));
        Assert.True(registered.IsService(typeof(IndicatorSnapshotConsumer)));
        Assert.Contains("authority-databases", RegisteredHealthChecks(_factory.Services));
        Assert.Contains("hub-database", RegisteredHealthChecks(_factory.Services));
    }

    [Fact]
    public void A_hub_only_process_maps_no_authority_page_and_no_casework_api()
    {
        using var hub = Running("Hub");

        var pages = Pages(hub.Services);

        Assert.Contains("/Hub/Compare", pages);
        Assert.Contains("/Account/Me", pages);
        Assert.Contains("/Platform/Index", pages);
        Assert.Contains("/Login", pages);
        Assert.DoesNotContain("/Index", pages);
        Assert.DoesNotContain(pages, p => p.StartsWith("/Casework/", StringComparison.Ordinal) || p.StartsWith("/Admin/", StringComparison.Ordinal));
        Assert.DoesNotContain(Routes(hub.Services), r => r.StartsWith("/api", StringComparison.Ordinal) || r.StartsWith("/openapi", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authorities_only_process_maps_no_hub_page()
    {
        using var authorities = Running("Tenant");

        var pages = Pages(authorities.Services);

        Assert.DoesNotContain(pages, p => p.StartsWith("/Hub/", StringComparison.Ordinal));
        Assert.Contains("/Casework/CaseFile", pages);
        Assert.Contains("/Account/Me", pages);
    }

    [Fact]
    public async Task Each_role_alone_answers_not_found_for_the_other_roles_addresses()
    {
        using var hub = Running("Hub");
        using var authorities = Running("Tenant");
        var atHub = hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var atAuthorities = authorities.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await atHub.GetAsync(new Uri("http://brent.localhost/caseload"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await atHub.GetAsync(new Uri("http://brent.localhost/api/caseload"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await atAuthorities.GetAsync(new Uri("http://hub.localhost/compare"))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await atAuthorities.GetAsync(new Uri("http://brent.localhost/caseload"))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await atHub.GetAsync(new Uri("http://hub.localhost/compare"))).StatusCode);
    }

    [Fact]
    public async Task Each_page_folder_belongs_to_the_role_whose_realm_its_pages_answer_in()
    {
        var loader = _factory.Services.GetRequiredService<PageLoader>();
        var descriptors = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .OfType<PageActionDescriptor>()
            .DistinctBy(d => d.ViewEnginePath)
            .ToList();
        Assert.NotEmpty(descriptors);

        var misplaced = new List<string>();
        foreach (var descriptor in descriptors)
        {
            var page = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var realms = page.EndpointMetadata.OfType<RealmAttribute>().LastOrDefault()?.Realms ?? [Realms.Tenant];
            var belongs = RolePagesConvention.OwnerOf(descriptor.ViewEnginePath) switch
            {
                PageOwner.Authorities => realms.SequenceEqual([Realms.Tenant]),
                PageOwner.Hub => realms.SequenceEqual([Realms.Hub]),
                _ => !realms.SequenceEqual([Realms.Tenant]) && !realms.SequenceEqual([Realms.Hub]),
            };
            if (!belongs)
            {
                misplaced.Add($"{descriptor.ViewEnginePath} ({string.Join(", ", realms)})");
            }
        }

        Assert.True(misplaced.Count == 0, "Pages whose folder gives them to a role that does not serve their realm: " + string.Join("; ", misplaced));
    }

    /// <summary>The health checks as registered, before any post-configuration could take one away again.</summary>
    private static List<string> RegisteredHealthChecks(IServiceProvider services)
    {
        var options = new HealthCheckServiceOptions();
        foreach (var configure in services.GetServices<IConfigureOptions<HealthCheckServiceOptions>>())
        {
            configure.Configure(options);
        }

        return [.. options.Registrations.Select(r => r.Name)];
    }

    private static List<string> Pages(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()];

    private static List<string> Routes(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))];
}
