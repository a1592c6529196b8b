namespace Consortium.Practice.Synthetic;

/// <summary>Bound from "DemoData": synthetic children seeded at start so a newcomer finds casework to look at.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Off unless configured; the embedded default (appsettings.Development.json) turns it on.</summary>
    public bool SeedOnStartup { get; set; }

    /// <summary>The showcase children on the development practitioner's caseload.</summary>
    public int ChildrenPerAuthority { get; set; } = 12;

    /// <summary>
    /// Reporting years (1 April to 31 March; the current one and those before it) of background synthetic history
    /// behind the showcase, so comparisons between authorities have counts above the suppression threshold. 0: none.
    /// </summary>
    public int HistoryYears { get; set; }

    /// <summary>The background history's share of the authority's published referrals a year (0.1: a tenth).</summary>
    public double VolumeFraction { get; set; }
}
