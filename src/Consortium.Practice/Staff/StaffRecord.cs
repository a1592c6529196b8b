using Consortium.Practice.Access;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Staff;

/// <summary>
/// A member of the authority's staff in its directory, with what the Department's workforce census asks of each worker
/// (role, start and leaving dates, FTE, agency or employed, social work registration).
/// </summary>
public sealed class StaffRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";

    /// <summary>The name the person signs in with at the authority's identity provider (lower case), by which their first sign-in finds this record.</summary>
    public string SignInName { get; set; } = "";

    /// <summary>The identity provider's stable subject, recorded at the person's first sign-in; unique in the authority when set.</summary>
    public string? Subject { get; set; }

    public Guid? TeamId { get; set; }
    public StaffRole Role { get; set; }
    public string JobTitle { get; set; } = "";
    public Guid? ManagerId { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>The last working day; the person has left once it has passed.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Social Work England registration number (SW followed by digits), for registered social workers.</summary>
    public string? RegistrationNumber { get; set; }

    /// <summary>Full-time equivalent, more than 0 and at most 1.</summary>
    public decimal Fte { get; set; }
    public Employment Employment { get; set; }

    /// <summary>Counts the saves; a save based on an older version is refused as a conflict.</summary>
    public int Version { get; set; } = 1;

    public string FullName => $"{GivenName} {FamilyName}";

    public bool HasLeftBy(DateOnly day) => EndDate is { } end && end < day;
}
