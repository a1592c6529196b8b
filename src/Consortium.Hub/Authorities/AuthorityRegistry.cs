using System.Collections.Frozen;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Hub.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Hub.Authorities;

/// <summary>
/// The authorities the hub knows: the ten consortium members from reference data shipped with the build, plus any in
/// <c>Hub:Authorities</c>. A snapshot from any other authority is refused. Statistical neighbours are named in the
/// reference data; they are found here by <see cref="AuthorityName.Key"/>, and a name that matches no authority, or
/// more than one, is left unmatched rather than guessed.
/// </summary>
public sealed class AuthorityRegistry
{
    private readonly FrozenDictionary<string, HubAuthority> _byCode;
    private readonly FrozenDictionary<string, HubAuthority?> _byName;
    private readonly FrozenDictionary<string, IReadOnlyList<HubAuthority>> _neighbours;
    private readonly FrozenDictionary<string, IReadOnlyList<HubAuthority>> _othersInRegion;

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

        // Two authorities with the same key make the key match neither: null marks it ambiguous.
        _byName = All.GroupBy(a => AuthorityName.Key(a.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Count() == 1 ? g.Single() : null, StringComparer.Ordinal);
        _neighbours = All.ToFrozenDictionary(
            a => a.Code,
            a => (IReadOnlyList<HubAuthority>)[.. a.StatisticalNeighbours.Select(FindByName).OfType<HubAuthority>().Where(n => n.Code != a.Code).DistinctBy(n => n.Code)],
            StringComparer.Ordinal);
        _othersInRegion = All.ToFrozenDictionary(
            a => a.Code,
            a => (IReadOnlyList<HubAuthority>)(a.RegionCode.Length == 0 ? [] : [.. All.Where(o => o.RegionCode == a.RegionCode && o.Code != a.Code)]),
            StringComparer.Ordinal);
    }

    /// <summary>Every authority, by name.</summary>
    public IReadOnlyList<HubAuthority> All { get; }

    public bool IsKnown(AuthorityCode code) => _byCode.ContainsKey(code.Value);

    public HubAuthority? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var authority) ? authority : null;

    /// <summary>The one authority with this name as <see cref="AuthorityName.Key"/> reads it; none when no authority or several match.</summary>
    public HubAuthority? FindByName(string name) => _byName.GetValueOrDefault(AuthorityName.Key(name));

    /// <summary>The authority's statistical neighbours that the hub knows, closest first; the rest of its list has no figures here.</summary>
    public IReadOnlyList<HubAuthority> NeighboursOf(HubAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return _neighbours.GetValueOrDefault(authority.Code) ?? [];
    }

    /// <summary>The other authorities of the authority's region that the hub knows, by name; none when it has no region.</summary>
    public IReadOnlyList<HubAuthority> OthersInRegion(HubAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return _othersInRegion.GetValueOrDefault(authority.Code) ?? [];
    }

    private static HubAuthority Configured(HubAuthorityOptions options)
    {
        if (!AuthorityCode.IsValid(options.Code) || string.IsNullOrWhiteSpace(options.Name) || options.Children < 0)
        {
            throw new InvalidOperationException("Each of Hub:Authorities needs a Code (E and eight digits), a Name and a number of Children 0-17.");
        }

        return new HubAuthority(
            options.Code, options.Name, options.OldLaCode, options.RegionCode, options.RegionName, options.Children,
            [.. options.StatisticalNeighbours.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())],
            IsConsortiumMember: false);
    }
}
