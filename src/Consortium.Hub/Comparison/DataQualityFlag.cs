using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Comparison;

/// <summary>A movement between two consecutive periods too large to read as practice without checking the recording first.</summary>
public sealed record DataQualityFlag(ReportingPeriod From, decimal Before, decimal After, string Explanation);
