using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce;

/// <summary>A level of training a member of staff completed: on a course here, or elsewhere with evidence.</summary>
public sealed class TrainingRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid StaffId { get; set; }

    /// <summary>The key of the level in the training policy.</summary>
    public string Level { get; set; } = "";
    public DateOnly CompletedOn { get; set; }
    public TrainingSource Source { get; set; }

    /// <summary>The course attended in full, for a course completion.</summary>
    public Guid? CourseId { get; set; }

    /// <summary>What shows the training was done, for external training (e.g. "Certificate from Kent, seen by A. Manager").</summary>
    public string? Evidence { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    public const int EvidenceLength = 1000;
}

public enum TrainingSource
{
    Course,
    External,
}
