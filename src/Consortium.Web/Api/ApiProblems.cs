using System.Globalization;
using System.Text.Json;
using Consortium.Practice.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consortium.Web.Api;

/// <summary>The API's validation problem (RFC 9457): each field's errors keyed by the field's JSON name.</summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => FieldName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: "Some of what was sent is not valid",
            detail: "Correct each field listed in errors and send the request again. Nothing was saved.");

    public static ValidationProblem Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

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
