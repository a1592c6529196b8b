using Consortium.Practice.Access;

namespace Consortium.Practice.Workforce;

/// <summary>The training policy every authority starts with, until its administrator changes it.</summary>
public static class DefaultTrainingPolicy
{
    public const string Overview = "overview";
    public const string Introductory = "introductory";
    public const string Advanced = "advanced";
    public const string PracticeLeader = "practice-leader";
    public const string LicensedTrainer = "licensed-trainer";

    public static TrainingPolicy Create() => new()
    {
        Levels =
        [
            new() { Key = Overview, Name = "Overview", Days = 1 },
            new() { Key = Introductory, Name = "Introductory", Days = 2 },
            new() { Key = Advanced, Name = "Advanced", Days = 5, Prerequisites = [Introductory] },
            new() { Key = PracticeLeader, Name = "Practice leader", Prerequisites = [Advanced] },
            new() { Key = LicensedTrainer, Name = "Licensed trainer", Prerequisites = [PracticeLeader], RefresherYears = 2 },
        ],
        Requirements =
        [
            new() { Role = StaffRole.Practitioner, Level = Introductory, WithinMonths = 3 },
            new() { Role = StaffRole.Practitioner, Level = Advanced, WithinMonths = 12 },
            new() { Role = StaffRole.TeamManager, Level = Advanced, WithinMonths = 12 },
            new() { Role = StaffRole.TeamManager, Level = PracticeLeader, WithinMonths = 12 },
        ],
    };
}
