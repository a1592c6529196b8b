namespace Consortium.Tenancy.Data;

/// <summary>
/// Thrown when a save would write a row for another authority than the one the context is bound to.
/// The message names no tenant and no record, so it is safe to log.
/// </summary>
public sealed class TenantMismatchException : InvalidOperationException
{
    public TenantMismatchException()
        : base("A row for another authority was attached to this authority's data context; nothing was saved.")
    {
    }

    public TenantMismatchException(string message)
        : base(message)
    {
    }

    public TenantMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
