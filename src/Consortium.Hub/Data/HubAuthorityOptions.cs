namespace Consortium.Hub.Data;

/// <summary>An extra authority, e.g. <c>Hub__Authorities__0__Code=E06000017</c>, <c>Hub__Authorities__0__Name=Rutland</c>.</summary>
public sealed class HubAuthorityOptions
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string OldLaCode { get; set; } = "";

    public string RegionCode { get; set; } = "";

    public string RegionName { get; set; } = "";

    public int Children { get; set; }

    /// <summary>Its ten statistical neighbours by name, closest first (<c>Hub__Authorities__0__StatisticalNeighbours__0=Leicestershire</c>).</summary>
    public List<string> StatisticalNeighbours { get; set; } = [];
}
