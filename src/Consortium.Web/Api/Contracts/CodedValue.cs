namespace Consortium.Web.Api.Contracts;

/// <summary>A census code with the words it stands for.</summary>
public sealed record CodedValue(string Code, string Label)
{
    public static CodedValue From(IReadOnlyDictionary<string, string> codes, string code)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return new(code, codes.TryGetValue(code, out var label) ? label : code);
    }

    public static CodedValue? FromOptional(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is null ? null : From(codes, code);
}
