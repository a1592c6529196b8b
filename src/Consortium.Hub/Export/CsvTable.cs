using System.Text;

namespace Consortium.Hub.Export;

/// <summary>
/// A table written as RFC 4180 CSV: a field with a comma, a double quote, a line break or leading/trailing spaces is
/// quoted, and quotes inside it are doubled. Lines end with CRLF. A field starting with =, +, - or @ that is not a
/// number is prefixed with an apostrophe, so a spreadsheet does not run it as a formula.
/// </summary>
public sealed class CsvTable
{
    private readonly StringBuilder _text = new();

    public CsvTable(IEnumerable<string> header)
    {
        Row(header);
    }

    public CsvTable Row(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>UTF-8 without a byte order mark, as the Department's tools read it.</summary>
    public byte[] ToBytes() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(_text.ToString());

    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        var needsQuotes = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
