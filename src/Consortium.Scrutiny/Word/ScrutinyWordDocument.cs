using Consortium.Reports.Word;

namespace Consortium.Scrutiny.Word;

/// <summary>
/// The report as a Word document for the committee clerk to edit (<see cref="WordReport"/>): each section under its
/// heading with its judgement first, then its sentences, tables and charts, and the rule it was judged by last.
/// </summary>
public static class ScrutinyWordDocument
{
    public const string ContentType = WordReport.ContentType;

    public static byte[] Write(ScrutinyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var word = new WordReport(report.Title, report.AuthorityName);
        word.Text($"{report.AuthorityName}. Prepared from the product on {RagRules.Day(report.PreparedOn)} for the period {report.Period.Label} " +
                  $"({RagRules.Day(report.Period.Start)} to {RagRules.Day(report.Period.End)}). It holds counts and rates only: no child's name, and no other person's name except whoever recorded a board's judgement. Every figure is in a table; a chart shows the same figures.");
        foreach (var section in report.Sections)
        {
            word.Heading(section.Heading);
            if (section.Judgement is { } judgement)
            {
                word.Emphasis($"Judgement: {judgement.RatingText}. {judgement.Reason}");
                if (judgement.BoardSentence is { } board)
                {
                    word.Emphasis(board);
                }
            }

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

            if (section.Judgement is { } stated)
            {
                word.Text($"The rule: {stated.Rule}");
            }
        }

        return word.ToBytes();
    }
}
