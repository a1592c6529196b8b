using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>A next step as sent.</summary>
public sealed record NextStepRequest(string? What, string? Who, DateOnly? Due, bool? Done);
