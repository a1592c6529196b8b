namespace Consortium.Practice.Staff;

/// <summary>How a member of staff is engaged; the workforce census counts agency workers apart from those in post.</summary>
public enum Employment
{
    Employed,
    Agency,
}
