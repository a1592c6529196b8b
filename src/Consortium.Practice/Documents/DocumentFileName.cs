using System.Text;

namespace Consortium.Practice.Documents;

/// <summary>
/// Turns the name a browser sent into one that is safe to show and to offer for download: no directory part, no
/// control or formatting characters (such as right-to-left overrides), only letters, digits, spaces and a few
/// punctuation marks, whitespace collapsed, at most <see cref="MaxLength"/> characters with the extension kept.
/// </summary>
internal static class DocumentFileName
{
    public const int MaxLength = 100;
    private const string Fallback = "document";
    private const string SafePunctuation = "-_.,()";

    /// <summary>The cleaned name's stem and its extension (lowercase, with the dot; empty when it has none).</summary>
    public static (string Stem, string Extension) Clean(string? fileName)
    {
        var name = fileName ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var wellFormed = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune != Rune.ReplacementChar)
            {
                wellFormed.Append(rune.ToString());
            }
        }

        var safe = new StringBuilder(wellFormed.Length);
        var pendingSpace = false;
        foreach (var rune in wellFormed.ToString().Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = safe.Length > 0;
                continue;
            }

            if (Rune.IsLetterOrDigit(rune) || (rune.IsAscii && SafePunctuation.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                if (pendingSpace)
                {
                    safe.Append(' ');
                    pendingSpace = false;
                }

                safe.Append(rune.ToString());
            }
        }

        var cleaned = safe.ToString().TrimEnd('.', ' ');
        var dot = cleaned.LastIndexOf('.');
        return dot < 0
            ? (Trim(cleaned), "")
            : (Trim(cleaned[..dot]), cleaned[dot..].ToLowerInvariant());
    }

    /// <summary>Stem and extension joined within <see cref="MaxLength"/>, shortening the stem; an empty stem becomes "document".</summary>
    public static string Compose(string stem, string extension)
    {
        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            var cut = room;
            if (cut > 0 && char.IsHighSurrogate(stem[cut - 1]))
            {
                cut--;
            }

            stem = Trim(stem[..cut]);
        }

        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    private static string Trim(string stem) => stem.Trim('.', ' ');
}
