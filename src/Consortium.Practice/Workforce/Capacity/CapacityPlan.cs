using Consortium.Practice.Access;

namespace Consortium.Practice.Workforce.Capacity;

/// <summary>What a capacity plan is asked for: a share of a role's current staff holding each level it needs by a date.</summary>
public sealed record CapacityTarget(StaffRole Role, decimal TargetPercent, DateOnly By, int PlacesPerCourse);

/// <summary>
/// What it takes for the target share of the current staff in a role to hold each level the role needs by the date:
/// the places needed, those on courses already scheduled to end by then, the gap, and the trainer days the gap needs in
/// courses of the target's size; with each level's forecast month by month.
/// </summary>
/// <param name="TurnoverYear">The census year the turnover is from; null where that year had no social workers in post.</param>
public sealed record CapacityPlan(CapacityTarget Target, int People, decimal AnnualTurnoverPercent, int? TurnoverYear, IReadOnlyList<LevelCapacity> Levels);

public sealed record LevelCapacity(
    string Level, string Name, int Holders, int Needed, int Scheduled, int Gap, int CoursesForGap, int TrainerDays,
    IReadOnlyList<CapacityForecast.Month> Forecast);
