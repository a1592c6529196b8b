using Consortium.Practice.Access;

namespace Consortium.Practice.Staff;

/// <summary>One member of staff as the administrators' list and its CSV show them.</summary>
public sealed record StaffListRow(
    Guid Id,
    string GivenName,
    string FamilyName,
    string SignInName,
    string? Team,
    StaffRole Role,
    string JobTitle,
    string? Manager,
    string? ManagerSignInName,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? RegistrationNumber,
    decimal Fte,
    Employment Employment,
    bool HasSignedIn)
{
    public string Name => $"{GivenName} {FamilyName}";
}
