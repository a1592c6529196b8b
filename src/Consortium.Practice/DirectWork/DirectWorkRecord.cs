using Consortium.Tenancy.Data;

namespace Consortium.Practice.DirectWork;

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
    /// <summary>The child's words; for Three Houses, the three houses together (each under its heading) for readers of one text.</summary>
    public string ChildsWords { get; set; } = "";

    /// <summary>Three Houses: the house of worries, in the child's words (empty for other tools).</summary>
    public string WorriesWords { get; set; } = "";

    /// <summary>Three Houses: the house of good things.</summary>
    public string GoodThingsWords { get; set; } = "";

    /// <summary>Three Houses: the house of dreams.</summary>
    public string DreamsWords { get; set; } = "";
    public Consent ChildConsent { get; set; }
    public Consent ParentConsent { get; set; }
    public string SharedWith { get; set; } = "";
    public Guid? InformedMapId { get; set; }

    /// <summary>The child's view: did the worker explain the worries, did the story help, does the plan make them safe.</summary>
    public ChildViewAnswer ExplainedWorries { get; set; }
    public ChildViewAnswer StoryHelped { get; set; }
    public ChildViewAnswer PlanMakesSafe { get; set; }

    /// <summary>What the child said about those, in their words (optional).</summary>
    public string ChildViewWords { get; set; } = "";
    public List<DirectWorkDocument> Documents { get; set; } = [];
    public DateTimeOffset RecordedAt { get; set; }
}
