namespace Consortium.Web.Api;

/// <summary>Marks an endpoint as part of the casework API: it answers in problem details and is in the OpenAPI document.</summary>
public sealed class CaseworkApiEndpoint
{
    public static readonly CaseworkApiEndpoint Instance = new();

    private CaseworkApiEndpoint()
    {
    }

    public static bool Is(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<CaseworkApiEndpoint>() is not null;
}
