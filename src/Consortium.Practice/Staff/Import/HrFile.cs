using CsvHelper;

namespace Consortium.Practice.Staff.Import;

/// <summary>
/// An HR export read as CSV (CsvHelper): its known columns and each row's cells by column, or the problems that stop it
/// being read at all (too big, too many rows, a heading missing or not one Consortium reads, broken quoting).
/// </summary>
public sealed record HrFile(IReadOnlyList<HrColumn> Columns, IReadOnlyList<HrRow> Rows, IReadOnlyList<HrProblem> Problems)
{
    /// <summary>The largest file taken, in UTF-8 bytes.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The most rows (people) a file may have, besides its headings.</summary>
    public const int MaxRows = 5000;

    public static HrFile Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            return Refused(new HrProblem(1, null, $"The file must be smaller than {MaxBytes / 1024 / 1024} MB"));
        }

        var problems = new List<HrProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            MaxRecordSize = 64 * 1024,
            OnMalformedRecord = record => problems.Add(new HrProblem((int)record.LineNumber, null, "The quotes in this row do not pair up")),
        };
        try
        {
            using var csv = CsvReader.FromText(text.TrimStart('\uFEFF'), options);
            var headings = csv.Headers;
            if (headings.Count == 0 || headings.All(string.IsNullOrWhiteSpace))
            {
                return Refused(new HrProblem(1, null, "The file is empty: its first row must be the column headings"));
            }

            var columns = FindColumns(headings, problems);
            var rows = new List<HrRow>();
            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                {
                    return Refused(new HrProblem((int)csv.LineNumber, null, $"The file must have at most {MaxRows:N0} rows of staff"));
                }

                var cells = new Dictionary<HrColumn, string>();
                foreach (var (column, index) in columns)
                {
                    cells[column] = index < csv.FieldCount ? csv.GetString(index).Trim() : "";
                }

                rows.Add(new HrRow((int)csv.LineNumber, cells));
            }

            if (rows.Count == 0)
            {
                problems.Add(new HrProblem(2, null, "The file has headings but no rows of staff"));
            }

            return new HrFile([.. columns.Select(c => c.Column)], rows, problems);
        }
        catch (CsvFormatException)
        {
            return Refused(new HrProblem(1, null, "The file could not be read as CSV: save it from your spreadsheet as CSV (comma separated) and upload it again"));
        }
    }

    private static List<(HrColumn Column, int Index)> FindColumns(IReadOnlyList<string> headings, List<HrProblem> problems)
    {
        var found = new List<(HrColumn, int)>();
        for (var i = 0; i < headings.Count; i++)
        {
            var column = HrColumns.All.FirstOrDefault(c => HrColumn.Key(c.Heading) == HrColumn.Key(headings[i]));
            if (column is null)
            {
                problems.Add(new HrProblem(1, null, $"Column {i + 1} has the heading \"{headings[i]}\", which is not one of the columns Consortium reads"));
            }
            else if (found.Any(f => f.Item1 == column))
            {
                problems.Add(new HrProblem(1, column.Heading, "This column appears more than once"));
            }
            else
            {
                found.Add((column, i));
            }
        }

        foreach (var missing in HrColumns.All.Where(c => c.Required && found.All(f => f.Item1 != c)))
        {
            problems.Add(new HrProblem(1, missing.Heading, "The file must have this column"));
        }

        return found;
    }

    private static HrFile Refused(HrProblem problem) => new([], [], [problem]);
}

/// <summary>One row of an HR file: its line number and the text of each known column.</summary>
public sealed record HrRow(int Row, IReadOnlyDictionary<HrColumn, string> Cells)
{
    public string? this[HrColumn column] => Cells.TryGetValue(column, out var value) ? value : null;
}
