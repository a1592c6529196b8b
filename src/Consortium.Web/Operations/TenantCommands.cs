using System.CommandLine;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Operations;

/// <summary><c>tenants list</c> and <c>tenants add</c>: the authorities this deployment serves.</summary>
internal static class TenantCommands
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var tenants = new Command("tenants", "List and onboard authorities");
        tenants.Subcommands.Add(List(services, console));
        tenants.Subcommands.Add(Add(services, console));
        return tenants;
    }

    private static Command List(IServiceProvider services, OperatorConsole console)
    {
        var command = new Command("list", "List every authority with its codes, source and database");
        command.SetAction(async (_, cancellationToken) =>
        {
            var directory = services.GetRequiredService<ITenantDirectory>();
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            await services.GetRequiredService<ITenantCatalog>().MigrateAsync(cancellationToken);
            var all = await directory.GetAllAsync(cancellationToken);
            await console.Out.WriteLineAsync($"{"slug",-16} {"name",-22} {"old",-4} {"new",-10} {"source",-14} database");
            foreach (var t in all)
            {
                await console.Out.WriteLineAsync($"{t.Identifier,-16} {Truncate(t.Name, 22),-22} {t.OldLaCode,-4} {t.NewLaCode,-10} {t.Source,-14} {DescribeDatabase(database, t)}");
            }

            await console.Out.WriteLineAsync($"{all.Count} authorities.");
            return 0;
        });
        return command;
    }

    private static Command Add(IServiceProvider services, OperatorConsole console)
    {
        var slug = new Option<string>("--slug") { Description = "URL-safe short name, used in its host: {slug}.{domain}", Required = true };
        var name = new Option<string>("--name") { Description = "The authority's name", Required = true };
        var oldCode = new Option<string>("--old-code") { Description = "The Department's 3-digit LA code", Required = true };
        var newCode = new Option<string>("--new-code") { Description = "The ONS 9-character LA code", Required = true };
        var laType = new Option<string>("--la-type") { Description = "County, Unitary authority, London borough…", DefaultValueFactory = _ => "" };
        var regionCode = new Option<string>("--region-code") { Description = "The ONS region code (E12…)", Required = true };
        var regionName = new Option<string>("--region-name") { Description = "The region's name", Required = true };
        var children = new Option<int>("--children") { Description = "Children aged 0 to 17 (ONS mid-year estimate)", Required = true };
        var connection = new Option<string?>("--connection") { Description = "Connection string, when not the deployment's template" };
        var modelName = new Option<string?>("--model-name") { Description = "The authority's own name for the practice model" };
        var idpAuthority = new Option<string?>("--idp-authority") { Description = "OpenID Connect authority (issuer) of the council's identity provider" };
        var idpClientId = new Option<string?>("--idp-client-id") { Description = "Client id registered with that provider" };
        var idpSecretName = new Option<string?>("--idp-secret-name") { Description = "Name of the configuration key or Key Vault secret holding the client secret" };

        var command = new Command("add", "Onboard an authority: validate, add it to the catalog, create and migrate its database")
        {
            slug, name, oldCode, newCode, laType, regionCode, regionName, children, connection, modelName, idpAuthority, idpClientId, idpSecretName,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seed = new Dictionary<string, string>();
            if (parse.GetValue(modelName) is { Length: > 0 } model)
            {
                seed["Terminology.ModelName"] = model;
            }

            var request = new NewTenant
            {
                Identifier = parse.GetValue(slug) ?? "",
                Name = parse.GetValue(name) ?? "",
                OldLaCode = parse.GetValue(oldCode) ?? "",
                NewLaCode = parse.GetValue(newCode) ?? "",
                LaType = parse.GetValue(laType) ?? "",
                RegionCode = parse.GetValue(regionCode) ?? "",
                RegionName = parse.GetValue(regionName) ?? "",
                ChildrenAged0To17 = parse.GetValue(children),
                ConnectionString = parse.GetValue(connection),
                IdentityProvider = new IdentityProviderSettings
                {
                    Authority = parse.GetValue(idpAuthority),
                    ClientId = parse.GetValue(idpClientId),
                    ClientSecretName = parse.GetValue(idpSecretName),
                },
                PolicySeed = seed,
            };
            return await Onboard(services, console, request, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> Onboard(IServiceProvider services, OperatorConsole console, NewTenant request, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ITenantCatalog>();
        await console.Out.WriteLineAsync("[1/3] Checking the catalog…");
        await catalog.MigrateAsync(cancellationToken);
        await console.Out.WriteLineAsync($"[2/3] Adding {request.Identifier} to the catalog…");
        var added = await catalog.AddAsync(request, cancellationToken);
        if (!added.Succeeded)
        {
            await console.Error.WriteLineAsync("There is a problem:");
            foreach (var (field, message) in added.Problems)
            {
                await console.Error.WriteLineAsync($"  {field}: {message}");
            }

            return 1;
        }

        await console.Out.WriteLineAsync($"[3/3] Creating and migrating the database of {request.Identifier}…");
        try
        {
            await services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(added.Tenant!, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            await catalog.RemoveAsync(request.Identifier, CancellationToken.None);
            await console.Error.WriteLineAsync($"The database of {request.Identifier} could not be created ({ex.Message}); the catalog entry was removed.");
            return 1;
        }

        await console.Out.WriteLineAsync($"Onboarded {added.Tenant!.Name} as '{added.Tenant.Identifier}'.");
        return 0;
    }

    private static string DescribeDatabase(DatabaseOptions database, TenantInfo tenant) =>
        database.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionStringFor(tenant)).DataSource
            : $"SQL Server ({(tenant.ConnectionString is null ? "template" : "own connection")})";

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
