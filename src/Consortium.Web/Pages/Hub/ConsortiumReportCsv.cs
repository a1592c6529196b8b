using Consortium.Hub.Export;
using Consortium.Hub.Scrutiny;

namespace Consortium.Web.Pages.Hub;

/// <summary>The consortium report's figures as one CSV, long form: every cell of every table with its section, table, row and column.</summary>
public static class ConsortiumReportCsv
{
    public static CsvTable Of(ConsortiumReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvTable(["period", "section", "table", "row", "column", "value"]);
        foreach (var section in report.Sections)
        {
            foreach (var table in section.Tables)
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 1; i < row.Count; i++)
                    {
                        csv.Row([report.Year.Key, section.Heading, table.Caption, row[0], table.Header[i], row[i]]);
                    }
                }
            }
        }

        return csv;
    }
}
