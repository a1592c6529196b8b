namespace Consortium.Tenancy.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
