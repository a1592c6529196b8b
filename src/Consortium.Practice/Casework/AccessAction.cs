using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

public enum AccessAction
{
    Viewed,
    Created,
    Changed,
    Refused,

    /// <summary>Two records of one child were made one (logged on both).</summary>
    Merged,

    /// <summary>Read for a case-file audit.</summary>
    AuditRead,
}
