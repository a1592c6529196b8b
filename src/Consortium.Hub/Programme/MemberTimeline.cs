namespace Consortium.Hub.Programme;

/// <summary>
/// A member's programme timeline as it last shared it: one row per authority, replaced only by a higher version. Phases
/// are kept as their dates (numbered, in order); their names stay with the authority.
/// </summary>
public sealed class MemberTimeline
{
    public required string AuthorityCode { get; set; }

    public int Version { get; set; }

    public DateOnly IntroducedOn { get; set; }

    public DateOnly BaselineFrom { get; set; }

    public DateOnly BaselineTo { get; set; }

    /// <summary>The phases as "start/end" pairs separated by ';', an open end left empty.</summary>
    public string Phases { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}
