using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Workforce.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce.Capacity;

/// <summary>
/// The capacity to train: for a target, each level the role needs, from who holds it today (a current completion),
/// the courses scheduled to end by the date (every place counted as filled by someone without the level) and the
/// turnover (FTE) of the latest census year ended. A level's prerequisites are not planned for separately.
/// </summary>
public sealed class CapacityPlanner(PracticeDbContext db, TrainingRecords training, WorkforceCensus census, TimeProvider clock)
{
    public const int MaxPlacesPerCourse = Courses.MaxPlaces;

    public async Task<Outcome<CapacityPlan>> PlanAsync(CapacityTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new List<FieldError>();
        if (target.TargetPercent is <= 0 or > 100)
        {
            errors.Add(new("Target", "The target must be a percentage more than 0 and no more than 100"));
        }

        if (target.By <= today || target.By > today.AddYears(5))
        {
            errors.Add(new("By", "The date must be after today and within 5 years"));
        }

        if (target.PlacesPerCourse is < 1 or > MaxPlacesPerCourse)
        {
            errors.Add(new("PlacesPerCourse", $"Places per course must be a whole number from 1 to {MaxPlacesPerCourse}"));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var policy = await training.PolicyAsync(cancellationToken);
        var people = await db.StaffRecords.AsNoTracking()
            .Where(s => s.Role == target.Role && (s.EndDate == null || s.EndDate >= today))
            .Select(s => new { s.Id, s.StartDate, s.EndDate })
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var completions = (await db.TrainingRecords.AsNoTracking().Where(r => ids.Contains(r.StaffId))
                .Select(r => new { r.StaffId, r.Level, r.CompletedOn }).ToListAsync(cancellationToken))
            .ToLookup(r => r.StaffId, r => new TrainingStatusCalculator.Completion(r.Level, r.CompletedOn));

        var turnoverYear = CensusYear.LatestEndedBy(today);
        var turnover = (await census.MeasuresAsync(turnoverYear, cancellationToken)).TurnoverRateFte;
        var months = ((target.By.Year - today.Year) * 12) + target.By.Month - today.Month;

        var courseEnds = await db.CourseDays.AsNoTracking()
            .GroupBy(d => d.CourseId)
            .Select(g => new { CourseId = g.Key, LastDay = g.Max(d => d.Date) })
            .Where(c => c.LastDay >= today && c.LastDay <= target.By)
            .Join(db.Courses.AsNoTracking(), c => c.CourseId, k => k.Id, (c, k) => new { k.Level, k.Places, c.LastDay })
            .ToListAsync(cancellationToken);

        var levels = new List<LevelCapacity>();
        foreach (var requirement in policy.RequirementsFor(target.Role))
        {
            if (policy.Level(requirement.Level) is not { } level)
            {
                continue;
            }

            var holders = people.Count(p => TrainingStatusCalculator.StatusOf(
                policy, level, new(target.Role, p.StartDate, p.EndDate), [.. completions[p.Id]], today).State == TrainingState.Compliant);
            var needed = CapacityForecast.PlacesNeeded(people.Count, holders, turnover ?? 0, target.TargetPercent, months);
            var scheduledByMonth = courseEnds.Where(c => c.Level == level.Key)
                .GroupBy(c => CapacityForecast.FirstOfMonth(c.LastDay))
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Places));
            var scheduled = scheduledByMonth.Values.Sum();
            var gap = Math.Max(0, needed - scheduled);
            var courses = (gap + target.PlacesPerCourse - 1) / target.PlacesPerCourse;
            levels.Add(new LevelCapacity(
                level.Key, level.Name, holders, needed, scheduled, gap, courses, courses * (level.Days ?? 1),
                CapacityForecast.Project(people.Count, holders, turnover ?? 0, scheduledByMonth, today, target.By)));
        }

        return new CapacityPlan(target, people.Count, turnover ?? 0, turnover is null ? null : turnoverYear.Year, levels);
    }
}
