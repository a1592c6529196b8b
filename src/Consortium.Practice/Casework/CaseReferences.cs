namespace Consortium.Practice.Casework;

/// <summary>The authority's own references for new records: C- for a child, R- for a referral episode.</summary>
internal static class CaseReferences
{
    public static string New(string prefix) => $"{prefix}-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4)}";
}
