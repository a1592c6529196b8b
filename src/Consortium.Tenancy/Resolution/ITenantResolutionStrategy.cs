namespace Consortium.Tenancy.Resolution;

/// <summary>
/// Finds the identifier a request asks for. The context is an object (an HttpContext for web requests) so
/// that strategies for other kinds of work fit the same seam. Null means "this strategy does not apply".
/// </summary>
public interface ITenantResolutionStrategy
{
    string Name { get; }

    Task<string?> GetIdentifierAsync(object context);
}
