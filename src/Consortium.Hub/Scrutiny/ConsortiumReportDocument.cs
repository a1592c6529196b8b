using Consortium.Reports.Word;

namespace Consortium.Hub.Scrutiny;

/// <summary>The consortium's report as a Word document (<see cref="WordReport"/>): each section under its heading with its sentences, tables and charts.</summary>
public static class ConsortiumReportDocument
{
    public static byte[] Write(ConsortiumReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var word = new WordReport(report.Title, ConsortiumReport.Author);
        word.Text(report.Introduction);
        foreach (var section in report.Sections)
        {
            word.Heading(section.Heading);
            foreach (var text in section.Paragraphs)
            {
                word.Text(text);
            }

            foreach (var table in section.Tables)
            {
                word.Table(table);
            }

            foreach (var chart in section.Charts)
            {
                word.Chart(chart);
            }
        }

        return word.ToBytes();
    }
}
