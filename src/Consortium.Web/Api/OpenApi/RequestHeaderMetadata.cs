namespace Consortium.Web.Api.OpenApi;

/// <summary>A header an endpoint requires, for its OpenAPI description.</summary>
public sealed record RequestHeaderMetadata(string Name, string Description);
