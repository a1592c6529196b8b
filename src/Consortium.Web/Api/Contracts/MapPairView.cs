using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>A danger (or worry) statement and the safety (or wellbeing) goal that answers it.</summary>
public sealed record MapPairView(Guid Id, string Statement, string Goal);
