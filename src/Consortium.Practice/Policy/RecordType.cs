namespace Consortium.Practice.Policy;

public enum RecordType
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    LookedAfter,
    Adoption,
}
