using System.Collections.Frozen;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Hub.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Hub.Authorities;

/// <summary>
/// The authorities the hub knows: the ten consortium members from reference data shipped with the build, plus any in
/// <c>Hub:Authorities</c>. A snapshot from any other authority is refused.
/// </summary>
public sealed class AuthorityRegistry
{
    private readonly FrozenDictionary<string, HubAuthority> _byCode;

    public AuthorityRegistry(IOptions<HubOptions> options)
        : this(options?.Value.Authorities ?? [])
    {
    }

    internal AuthorityRegistry(IEnumerable<HubAuthorityOptions> extra)
    {
        var members = CsvFields.ReadEmbedded("Consortium.Hub.authorities.csv").Select(row => new HubAuthority(
            row["new_la_code"],
            row["la_name"],
            row["old_la_code"],
            row["region_code"],
            row["region_name"],
            int.Parse(row["children_0_17_2024"], CultureInfo.InvariantCulture),
            row["statistical_neighbours_2025"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IsConsortiumMember: true));
        var configured = extra.Select(Configured);
        var all = members.Concat(configured).ToList();
        var duplicate = all.GroupBy(a => a.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The hub is given authority {duplicate.Key} more than once.");
        }

        All = [.. all.OrderBy(a => a.Name, StringComparer.Ordinal)];
        _byCode = All.ToFrozenDictionary(a => a.Code, StringComparer.Ordinal);
    }

    /// <summary>Every authority, by name.</summary>
    public IReadOnlyList<HubAuthority> All { get; }

    public bool IsKnown(AuthorityCode code) => _byCode.ContainsKey(code.Value);

    public HubAuthority? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var authority) ? authority : null;

    private static HubAuthority Configured(HubAuthorityOptions options)
    {
        if (!AuthorityCode.IsValid(options.Code) || string.IsNullOrWhiteSpace(options.Name) || options.Children < 0)
        {
            throw new InvalidOperationException("Each of Hub:Authorities needs a Code (E and eight digits), a Name and a number of Children 0-17.");
        }

        return new HubAuthority(options.Code, options.Name, options.OldLaCode, options.RegionCode, options.RegionName, options.Children, [], IsConsortiumMember: false);
    }
}
