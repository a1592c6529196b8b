using Consortium.Practice.Data;

namespace Consortium.Practice.Casework;

/// <summary>Adds a line to a child's access log; the caller's save writes it with the change it records.</summary>
internal static class AccessLogWriter
{
    public static void Add(PracticeDbContext db, Guid childId, StaffMember who, AccessAction action, string recordType, Guid recordId, DateTimeOffset at, string? detail = null) =>
        db.AccessLog.Add(new AccessLogEntry
        {
            ChildId = childId,
            StaffSubject = who.Subject,
            StaffName = who.Name,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            At = at,
            Detail = detail,
        });
}
