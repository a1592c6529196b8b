namespace Consortium.Practice.Synthetic;

/// <summary>Bound from "DemoData": synthetic children seeded at start so a newcomer finds casework to look at.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Off unless configured; the embedded default (appsettings.Development.json) turns it on.</summary>
    public bool SeedOnStartup { get; set; }

    public int ChildrenPerAuthority { get; set; } = 12;
}
