using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>A statement and its goal as sent; id for a pair the map already has.</summary>
public sealed record MapPairRequest(Guid? Id, string? Statement, string? Goal);
