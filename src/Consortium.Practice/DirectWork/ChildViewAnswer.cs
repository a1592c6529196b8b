namespace Consortium.Practice.DirectWork;

/// <summary>The child's answer to one of the child's view questions asked with direct work.</summary>
public enum ChildViewAnswer
{
    NotAsked,
    Yes,
    Partly,
    No,
}
