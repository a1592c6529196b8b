using System.Globalization;
using System.Text.Json;

namespace Consortium.Web.Api;

/// <summary>The API's RFC 9457 answers: validation problems keyed by the JSON name of each field, and the others.</summary>
public static class ApiProblems
{
    public static IResult Invalid(IEnumerable<(string Field, string Message)> problems) =>
        Results.ValidationProblem(
            problems.GroupBy(p => FieldName(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal),
            title: "Some of what was sent is not valid",
            detail: "Correct each field listed in errors and send the request again. Nothing was saved.");

    public static IResult Invalid(string field, string message) => Invalid([(field, message)]);

    public static IResult NotFound(string what) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} with that id at this authority.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>The JSON name of a field the domain names in C# (GivenName → givenName; an item of a list, Pairs-0 → pairs[0]).</summary>
    public static string FieldName(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var dash = field.LastIndexOf('-');
        return dash > 0 && int.TryParse(field.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? $"{JsonNamingPolicy.CamelCase.ConvertName(field[..dash])}[{index}]"
            : JsonNamingPolicy.CamelCase.ConvertName(field);
    }
}
