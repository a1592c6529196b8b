using Consortium.Practice.Access;

namespace Consortium.Practice.Workforce;

/// <summary>
/// An authority's training in the practice model: the levels it trains to, and which level each role needs and how
/// soon after starting. Kept per authority as versioned settings; <see cref="DefaultTrainingPolicy"/> is where each starts.
/// </summary>
public sealed class TrainingPolicy
{
    public List<TrainingLevel> Levels { get; set; } = [];
    public List<TrainingRequirement> Requirements { get; set; } = [];

    public TrainingLevel? Level(string key) => Levels.FirstOrDefault(l => string.Equals(l.Key, key, StringComparison.Ordinal));

    public IEnumerable<TrainingRequirement> RequirementsFor(StaffRole role) => Requirements.Where(r => r.Role == role);
}

/// <summary>One level of training, e.g. introductory (2 days).</summary>
public sealed class TrainingLevel
{
    /// <summary>A short stable key ("introductory") that training records and courses keep.</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Length in days; null where the authority has not set one.</summary>
    public int? Days { get; set; }

    /// <summary>Keys of the levels a person must hold before being booked on this one.</summary>
    public List<string> Prerequisites { get; set; } = [];

    /// <summary>Years a completion stays current before a refresher is needed; null for never.</summary>
    public int? RefresherYears { get; set; }
}

/// <summary>A role's need for a level: within so many months of the person's start date (the grace period).</summary>
public sealed class TrainingRequirement
{
    public StaffRole Role { get; set; }
    public string Level { get; set; } = "";
    public int WithinMonths { get; set; }
}
