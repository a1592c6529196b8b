using Consortium.Hub.Export;
using Consortium.Scrutiny;

namespace Consortium.Web.Pages.Reports;

/// <summary>The report's figures as one CSV, long form: every cell of every table with its section, table, row and column.</summary>
public static class ScrutinyCsv
{
    public static CsvTable Of(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new CsvTable(["authority", "period", "section", "table", "row", "column", "value"]);
        foreach (var section in report.Sections)
        {
            foreach (var table in section.Tables)
            {
                foreach (var row in table.Rows)
                {
                    for (var i = 1; i < row.Count; i++)
                    {
                        csv.Row([report.AuthorityName, report.Period.Key, section.Heading, table.Caption, row[0], table.Header[i], row[i]]);
                    }
                }
            }
        }

        return csv;
    }
}
