namespace Consortium.Reports;

/// <summary>A line chart: one value per period for each series (null where there is none), described in words for those who cannot see it.</summary>
public sealed record ReportChart(string Title, string Description, IReadOnlyList<string> Periods, IReadOnlyList<ChartSeries> Series);

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>A table of figures: a caption, its column headings and rows of text as they are printed.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
