namespace Consortium.Practice.Staff;

public enum DirectoryRecordKind
{
    Staff,
    Team,
}
