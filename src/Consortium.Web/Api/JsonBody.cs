using System.Text.Json;
using Consortium.Web.Api.Answers;

namespace Consortium.Web.Api;

/// <summary>
/// Reads a request's JSON object of at most <see cref="Limit"/> bytes, or says as a problem why it cannot: not
/// JSON (415), too large (413), empty or not well-formed (400), a field of the wrong type or a date the forms would refuse (400, keyed by field).
/// </summary>
public static class JsonBody
{
    public const int Limit = 64 * 1024;

    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return Refused<T>(StatusCodes.Status415UnsupportedMediaType, "Send JSON", "The request body must be a JSON object sent with Content-Type: application/json.");
        }

        if (request.ContentLength > Limit)
        {
            return TooLarge<T>();
        }

        var buffer = new byte[Limit + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > Limit)
        {
            return TooLarge<T>();
        }

        if (length == 0)
        {
            return Refused<T>(StatusCodes.Status400BadRequest, "The request body is empty", "Send a JSON object.");
        }

        return Deserialize<T>(buffer.AsMemory(0, length), options);
    }

    private static JsonBodyResult<T> Deserialize<T>(ReadOnlyMemory<byte> json, JsonSerializerOptions options)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return Refused<T>(StatusCodes.Status400BadRequest, "The request body is not valid JSON", $"The request body could not be read as JSON{where}. Nothing was saved.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Refused<T>(StatusCodes.Status400BadRequest, "Send a JSON object", "The request body must be a JSON object, { ... }.");
            }

            try
            {
                return document.Deserialize<T>(options) switch
                {
                    null => Refused<T>(StatusCodes.Status400BadRequest, "Send a JSON object", "The request body must be a JSON object, { ... }."),
                    var value when UnrecordableDates.In(value) is { Count: > 0 } dates => new JsonBodyResult<T>(RequestProblem.Invalid(dates)),
                    var value => new JsonBodyResult<T>(value),
                };
            }
            catch (JsonException e)
            {
                return new JsonBodyResult<T>(JsonFieldErrors.Describe<T>(e));
            }
        }
    }

    private static JsonBodyResult<T> TooLarge<T>()
        where T : class =>
        Refused<T>(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"A request body may be at most {Limit / 1024} KB.");

    private static JsonBodyResult<T> Refused<T>(int status, string title, string detail)
        where T : class =>
        new JsonBodyResult<T>(RequestProblem.Of(status, title, detail));
}
