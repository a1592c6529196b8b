using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consortium.Contracts;

internal sealed class AuthorityCodeJsonConverter : JsonConverter<AuthorityCode>
{
    public override AuthorityCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return AuthorityCode.IsValid(text) ? new AuthorityCode(text!) : throw new JsonException("Not an authority code.");
    }

    public override void Write(Utf8JsonWriter writer, AuthorityCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
