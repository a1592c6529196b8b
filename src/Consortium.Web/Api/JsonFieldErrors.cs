using System.Text.Json;
using Consortium.Web.Api.Answers;

namespace Consortium.Web.Api;

/// <summary>Turns a JSON value of the wrong type into a validation problem for that field, saying what it should be.</summary>
public static class JsonFieldErrors
{
    public static RequestProblem Describe<T>(JsonException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var name = error.Path is { } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.', '[')[0] : null;
        var property = name is null ? null : typeof(T).GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return RequestProblem.Of(StatusCodes.Status400BadRequest, "A value has the wrong type", $"A value in the request body has the wrong type{(error.Path is null ? "" : $" at {error.Path}")}. Nothing was saved.");
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return RequestProblem.InvalidField(property.Name, Expected(ApiProblems.FieldName(property.Name), type));
    }

    private static string Expected(string field, Type type) => type switch
    {
        _ when type == typeof(DateOnly) => $"{field} must be a date written as yyyy-MM-dd, for example 2019-05-04",
        _ when type == typeof(bool) => $"{field} must be true or false",
        _ when type == typeof(string) => $"{field} must be text (a JSON string)",
        { IsEnum: true } => $"{field} must be one of: {string.Join(", ", Enum.GetNames(type))}",
        _ => $"{field} has a value of the wrong type",
    };
}
