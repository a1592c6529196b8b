namespace Consortium.Practice.Staff;

/// <summary>Which staff the administrators' list shows and in what order.</summary>
public sealed record StaffListFilter(Guid? TeamId = null, StaffStatus Status = StaffStatus.Current, StaffSort Sort = StaffSort.Name);

public enum StaffStatus
{
    Current,
    Left,
    All,
}

public enum StaffSort
{
    Name,
    Team,
    Role,
    StartDate,
}
