namespace Consortium.Practice.Retention;

/// <summary>A child's record kept past what the retention rules require: due for review for deletion. The name is null for a restricted record the person may not open.</summary>
public sealed record RetentionReviewRow(Guid ChildId, string Reference, string? Name, DateOnly KeepUntil, string Reason);
