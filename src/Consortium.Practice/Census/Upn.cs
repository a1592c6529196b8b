namespace Consortium.Practice.Census;

/// <summary>
/// The unique pupil number's form, as the census checks it: 13 characters; a check letter; the 3-digit code of the
/// authority that issued it; eight digits; a last digit (or, for a temporary number, a letter). The check letter is
/// the weighted sum of characters 2-13 (weights 2 to 13, a letter counted by its place in <see cref="Letters"/>)
/// modulo 23, as a letter of <see cref="Letters"/>.
/// </summary>
public static class Upn
{
    public const int Length = 13;

    /// <summary>The 23 letters a UPN uses (no I, O or S), in the order that gives each its value.</summary>
    public const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>The codes the Department recognises in characters 2-4: post-April 1998 authority codes and its pseudo codes.</summary>
    private static readonly HashSet<int> LaCodes =
    [
        .. Range(1, 5), .. Range(201, 213), .. Range(301, 320), .. Range(330, 336), .. Range(340, 344), .. Range(350, 359),
        .. Range(370, 373), .. Range(380, 384), .. Range(390, 394), 420, .. Range(660, 681), .. Range(701, 708),
        .. Range(800, 803), .. Range(805, 808), .. Range(810, 813), 815, 816, .. Range(820, 823), 825, 826, 830, 831,
        .. Range(835, 841), 845, 846, .. Range(850, 852), .. Range(855, 857), 860, 861, .. Range(865, 896), 908, 909,
        916, 919, 921, 925, 926, 928, 929, 931, 933, .. Range(935, 938), 940, 941,
    ];

    /// <summary>The check letter characters 2-13 call for; null when they are not of the UPN's form (so no letter can be right).</summary>
    public static char? CheckLetterFor(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        if (upn.Length != Length || !HasNumericBody(upn) || !char.IsAsciiDigit(upn[1]) || !char.IsAsciiDigit(upn[2]) || !char.IsAsciiDigit(upn[3]) || !HasKnownLastCharacter(upn))
        {
            return null;
        }

        var sum = 0;
        for (var i = 1; i < Length; i++)
        {
            var value = char.IsAsciiDigit(upn[i]) ? upn[i] - '0' : Letters.IndexOf(upn[i], StringComparison.Ordinal);
            sum += value * (i + 1);
        }

        return Letters[sum % 23];
    }

    /// <summary>Rule 1510: the first character is the check letter the rest calls for.</summary>
    public static bool HasRightCheckLetter(string upn) => CheckLetterFor(upn) is { } letter && upn[0] == letter;

    /// <summary>Rule 1530: characters 2-4 are an authority code the Department recognises.</summary>
    public static bool HasKnownLaCode(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        return upn.Length >= 4 && upn[1..4].All(char.IsAsciiDigit) && LaCodes.Contains(int.Parse(upn[1..4], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Rule 1540: characters 5-12 are all digits.</summary>
    public static bool HasNumericBody(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        return upn.Length >= 12 && upn[4..12].All(char.IsAsciiDigit);
    }

    /// <summary>Rule 1550: character 13 is a digit or one of the UPN's letters.</summary>
    public static bool HasKnownLastCharacter(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        return upn.Length == Length && (char.IsAsciiDigit(upn[12]) || Letters.Contains(upn[12], StringComparison.Ordinal));
    }

    /// <summary>Every part of the form is right: what a page accepts as a child's UPN.</summary>
    public static bool IsValid(string upn) => HasRightCheckLetter(upn) && HasKnownLaCode(upn);

    /// <summary>Rule 1560Q's form for a former UPN (permanent or temporary): a UPN letter, eleven digits, then a digit or a UPN letter.</summary>
    public static bool HasUpnForm(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        return upn.Length == Length && Letters.Contains(upn[0], StringComparison.Ordinal) && upn[1..12].All(char.IsAsciiDigit) && HasKnownLastCharacter(upn);
    }

    private static IEnumerable<int> Range(int from, int to) => Enumerable.Range(from, to - from + 1);
}
