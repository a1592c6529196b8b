namespace Consortium.Practice.Staff.Import;

/// <summary>A column of the HR file: its heading, the staff detail it fills, whether every file must have it, and what it holds.</summary>
public sealed record HrColumn(string Heading, string Field, bool Required, string Holds)
{
    /// <summary>Headings are matched on their letters alone, so "Sign-in name", "sign_in_name" and "SignInName" are one column.</summary>
    public static string Key(string heading) => new((heading ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
