using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consortium.Contracts;

/// <summary>
/// An authority's ONS code (E06000018, E10000020 ...). Constrained to that shape so a message field typed as an
/// authority code cannot carry anything else.
/// </summary>
[JsonConverter(typeof(AuthorityCodeJsonConverter))]
public readonly record struct AuthorityCode
{
    private readonly string? _value;

    public AuthorityCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException("An authority code is 'E' followed by eight digits.", nameof(value));
        }

        _value = value;
    }

    public string Value => _value ?? throw new InvalidOperationException("The authority code was not set.");

    public static bool IsValid(string? value) =>
        value is { Length: 9 } && value[0] == 'E' && value.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false;

    public override string ToString() => Value;
}
