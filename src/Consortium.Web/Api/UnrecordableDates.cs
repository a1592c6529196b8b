using System.Collections;
using System.Reflection;
using System.Text.Json;
using Consortium.Practice.Calendar;
using Consortium.Practice.Outcomes;

namespace Consortium.Web.Api;

/// <summary>Every date in a request body that the forms would refuse (outside <see cref="RecordableDates"/>), as field errors.</summary>
public static class UnrecordableDates
{
    private const int MaxDepth = 8;

    public static IReadOnlyList<FieldError> In(object body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<FieldError>();
        Visit(body, field: null, path: null, errors, depth: 0);
        return errors;
    }

    /// <param name="field">The domain name of the top-level field the value sits in, with the list item (Pairs-0) where there is one.</param>
    /// <param name="path">Where the value sits in the JSON as sent, for the message.</param>
    private static void Visit(object? value, string? field, string? path, List<FieldError> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                if (field is not null && !RecordableDates.Contains(date))
                {
                    errors.Add(new(field, $"{path} must be a date from {RecordableDates.Range}"));
                }

                return;
            case string or ValueType:
                return;
            case IEnumerable items when field is not null:
                var index = 0;
                foreach (var item in items)
                {
                    Visit(item, field.Contains('-', StringComparison.Ordinal) ? field : $"{field}-{index}", $"{path}[{index}]", errors, depth + 1);
                    index++;
                }

                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Visit(property.GetValue(value), field ?? property.Name, path is null ? name : $"{path}.{name}", errors, depth + 1);
        }
    }
}
