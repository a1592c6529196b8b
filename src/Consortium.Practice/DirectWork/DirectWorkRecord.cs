using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

/// <summary>The tools of direct work with children that Signs of Safety uses.</summary>
public enum DirectWorkTool
{
    ThreeHouses,
    WizardsAndFairies,
    SafetyHouse,
    WordsAndPictures,
}

public enum Consent
{
    NotAsked,
    Given,
    Refused,
    NotApplicable,
}

/// <summary>
/// The child's voice: one piece of direct work, in the child's own words, with the artefacts it produced,
/// who consented to sharing it, who it was shared with, and the map it informed.
/// </summary>
public sealed class DirectWorkRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid ChildId { get; set; }
    public Guid CaseId { get; set; }
    public DirectWorkTool Tool { get; set; }
    public DateOnly DoneOn { get; set; }
    public string Worker { get; set; } = "";
    public string ChildsWords { get; set; } = "";
    public Consent ChildConsent { get; set; }
    public Consent ParentConsent { get; set; }
    public string SharedWith { get; set; } = "";
    public Guid? InformedMapId { get; set; }
    public List<DirectWorkDocument> Documents { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>An uploaded artefact (a photo or scan of a drawing, a document) held in the authority's document store.</summary>
public sealed class DirectWorkDocument
{
    public string BlobName { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
}

public static class DirectWorkTools
{
    public static string DisplayName(DirectWorkTool tool) => tool switch
    {
        DirectWorkTool.ThreeHouses => "Three Houses",
        DirectWorkTool.WizardsAndFairies => "Wizards and Fairies",
        DirectWorkTool.SafetyHouse => "Safety House",
        DirectWorkTool.WordsAndPictures => "Words and Pictures",
        _ => tool.ToString(),
    };
}
