namespace Consortium.Practice.Census;

/// <summary>
/// A code of one of the Children in Need census's code lists, with its display name. Instances come only from their
/// list (<see cref="CodeList{TCode}"/>), so a value of a code type is always a code the census knows.
/// </summary>
public abstract record CensusCode(string Code, string DisplayName)
{
    public sealed override string ToString() => Code;
}
