namespace Consortium.Web.Api.OpenApi;

/// <summary>A header an endpoint sends with a response of the given status, for its OpenAPI description.</summary>
public sealed record ResponseHeaderMetadata(int StatusCode, string Name, string Description);
