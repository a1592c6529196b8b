namespace Consortium.Synthetic;

/// <summary>Bound from "DemoData": synthetic children seeded at start so a newcomer finds casework to look at.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>
    /// Whether the process has synthetic data at all (the seeders, the <c>seed</c> command, the demo seed at start).
    /// Unset: on outside Production. In Production the host refuses to start with it on.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Off unless configured; the embedded default (appsettings.Development.json) turns it on.</summary>
    public bool SeedOnStartup { get; set; }

    /// <summary>The showcase children on the development practitioner's caseload.</summary>
    public int ChildrenPerAuthority { get; set; } = 12;

    /// <summary>
    /// Reporting years (1 April to 31 March; the current one and those before it) of background synthetic history
    /// behind the showcase, so comparisons between authorities have counts above the suppression threshold. 0: none.
    /// </summary>
    public int HistoryYears { get; set; }

    /// <summary>
    /// Whether the history is written after the process starts answering (each authority's first share waiting for
    /// it, progress shown on its pages) rather than before: a history at full volume takes minutes.
    /// </summary>
    public bool HistoryInBackground { get; set; }

    /// <summary>
    /// Whether each authority also gets one synthetic child per kind of census error (<see cref="CensusErrorPlanter"/>), so
    /// /admin/census shows each failure once for 2025-26. Off unless configured.
    /// </summary>
    public bool PlantCensusErrors { get; set; }

    /// <summary>The background history's share of the authority's published referrals a year (0.1: a tenth).</summary>
    public double VolumeFraction { get; set; }
}
