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

    /// <summary>Read into the authority's Children in Need census file when it was generated and validated.</summary>
    CensusGenerated,

    /// <summary>Sent in the Children in Need census file an administrator downloaded.</summary>
    CensusDownloaded,
}
