namespace Consortium.Hub.Data;

public enum HubDatabaseProvider
{
    Sqlite,
    SqlServer,
}
