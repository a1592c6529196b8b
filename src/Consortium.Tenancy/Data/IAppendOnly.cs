namespace Consortium.Tenancy.Data;

/// <summary>A row that, once written, is never changed or deleted (an audit log line).</summary>
public interface IAppendOnly
{
}
