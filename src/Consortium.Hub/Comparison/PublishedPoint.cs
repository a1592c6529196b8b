using Consortium.Contracts.Catalogue;
using Consortium.Contracts;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Published;

namespace Consortium.Hub.Comparison;

/// <summary>A published figure of the authority with any flag on its movement from the year before.</summary>
public sealed record PublishedPoint(PublishedFigure Figure, DataQualityFlag? Flag);
