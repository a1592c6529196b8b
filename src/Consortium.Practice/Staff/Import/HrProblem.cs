namespace Consortium.Practice.Staff.Import;

/// <summary>Something wrong with an HR file: the row as a spreadsheet numbers it (the headings are row 1) and the column, where it is about one.</summary>
public sealed record HrProblem(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Row {Row}: {Message}" : $"Row {Row}, {Column}: {Message}";
}
