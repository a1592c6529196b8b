using System.Globalization;
using System.Text;
using F23.StringSimilarity;

namespace Consortium.Practice.Casework;

/// <summary>
/// Whether two recordings of a name are likely the same name: the same letters ignoring case, accents, spaces and
/// punctuation; one a shortening of the other (Sam, Samantha); or spelt alike (Jaro-Winkler, which weighs the first
/// letters most, as people mistype the ends of names more often than their starts).
/// </summary>
internal static class NameSimilarity
{
    private const double AlikeAbove = 0.85;
    private static readonly JaroWinkler Measure = new();

    public static string Normalise(string? name)
    {
        var letters = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    public static bool Alike(string a, string b) =>
        a.Length > 0 && b.Length > 0
        && (a == b
            || (Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)))
            || Measure.Similarity(a, b) >= AlikeAbove);
}
