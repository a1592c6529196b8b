using System.Text.Json.Serialization;

namespace Consortium.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<PeriodKind>))]
public enum PeriodKind
{
    Month = 1,
    /// <summary>A quarter of the reporting year: April-June is Q1.</summary>
    Quarter = 2,
    /// <summary>The statutory reporting year, 1 April to 31 March.</summary>
    ReportingYear = 3,
}
