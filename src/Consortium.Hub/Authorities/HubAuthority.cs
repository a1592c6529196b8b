namespace Consortium.Hub.Authorities;

/// <summary>An authority the hub accepts snapshots from and compares: reference data, never anything about a person.</summary>
public sealed record HubAuthority(
    string Code,
    string Name,
    string OldLaCode,
    string RegionCode,
    string RegionName,
    int Children,
    IReadOnlyList<string> StatisticalNeighbours,
    bool IsConsortiumMember);
