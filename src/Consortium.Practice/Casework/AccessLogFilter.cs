namespace Consortium.Practice.Casework;

/// <summary>Which lines of a child's access log to show: by whom (their name as logged), what was done, and between which days (UTC).</summary>
public sealed record AccessLogFilter(string? Person = null, AccessAction? Action = null, DateOnly? From = null, DateOnly? To = null)
{
    public static AccessLogFilter All { get; } = new();
}
