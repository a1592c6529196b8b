using Consortium.Practice.Census;

namespace Consortium.Web.Api.Contracts;

/// <summary>A census code with the words it stands for.</summary>
public sealed record CodedValue(string Code, string Label)
{
    public static CodedValue From(CensusCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new(code.Code, code.DisplayName);
    }

    public static CodedValue? FromOptional(CensusCode? code) => code is null ? null : From(code);
}
