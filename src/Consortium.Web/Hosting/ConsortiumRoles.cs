namespace Consortium.Web.Hosting;

/// <summary>
/// Which parts a process runs, from "Consortium:Roles": "Tenant" (authorities' casework, their databases, indicator
/// snapshots and the outbox relay), "Hub" (the hub's consumer, database and comparison), or both (the embedded
/// default). One image serves every role; production runs the two as separate apps.
/// </summary>
public sealed record ConsortiumRoles(bool RunsTenant, bool RunsHub)
{
    public const string Key = "Consortium:Roles";

    public static ConsortiumRoles From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(Key).Get<string[]>()
            ?? configuration[Key]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            ?? [];
        if (configured.Length == 0)
        {
            return new ConsortiumRoles(true, true);
        }

        var unknown = configured.Where(r => !r.Equals("Tenant", StringComparison.OrdinalIgnoreCase) && !r.Equals("Hub", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{Key} may name Tenant and Hub; it names {string.Join(", ", unknown)}.");
        }

        return new ConsortiumRoles(
            configured.Contains("Tenant", StringComparer.OrdinalIgnoreCase),
            configured.Contains("Hub", StringComparer.OrdinalIgnoreCase));
    }
}
