using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Consortium.Practice.Settings;

/// <summary>
/// The stored form of an authority's settings (policy, role mapping), and dotted paths into it
/// ("Timescales.AssessmentWorkingDays", "Rules.0.Role") for operator commands, seeds and change summaries.
/// </summary>
public static class SettingsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize<T>(T settings) => JsonSerializer.Serialize(settings, Options);

    public static T Deserialize<T>(string json)
        where T : new() =>
        JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    public static T Clone<T>(T settings)
        where T : new() =>
        Deserialize<T>(Serialize(settings));

    /// <summary>Every leaf as (path, value), in a stable order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten<T>(T settings)
    {
        var leaves = new List<KeyValuePair<string, string>>();
        Walk(JsonSerializer.SerializeToNode(settings, Options), "", leaves);
        return leaves;
    }

    /// <summary>Returns a copy with one existing leaf changed, or an error message.</summary>
    public static (T? Settings, string? Error) With<T>(T settings, string path, string value)
        where T : class
    {
        var root = JsonSerializer.SerializeToNode(settings, Options)!;
        var segments = (path ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length == 0)
        {
            return (null, UnknownPath(settings, path));
        }

        var parent = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (parent)
            {
                case JsonObject obj:
                    var key = obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, segments[i], StringComparison.OrdinalIgnoreCase));
                    if (key is null || (last && obj[key] is JsonObject or JsonArray) || (!last && obj[key] is not (JsonObject or JsonArray)))
                    {
                        return (null, UnknownPath(settings, path));
                    }

                    if (last)
                    {
                        return SetLeaf(root, obj[key], v => obj[key] = v, path!, value);
                    }

                    parent = obj[key]!;
                    break;
                case JsonArray array when int.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count:
                    if (last || array[index] is not JsonObject)
                    {
                        return (null, UnknownPath(settings, path));
                    }

                    parent = array[index]!;
                    break;
                default:
                    return (null, UnknownPath(settings, path));
            }
        }

        return (null, UnknownPath(settings, path));

        static (T?, string?) SetLeaf(JsonNode root, JsonNode? existing, Action<JsonNode?> set, string path, string value)
        {
            if (existing is JsonValue current && current.TryGetValue<int>(out _))
            {
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return (null, $"{path} must be a whole number");
                }

                set(number);
            }
            else if (existing is JsonValue boolean && boolean.TryGetValue<bool>(out _))
            {
                if (!bool.TryParse(value, out var flag))
                {
                    return (null, $"{path} must be true or false");
                }

                set(flag);
            }
            else
            {
                set(value);
            }

            try
            {
                return (root.Deserialize<T>(Options), null);
            }
            catch (JsonException)
            {
                return (null, $"'{value}' is not a value {path} can take");
            }
        }
    }

    /// <summary>Each leaf that differs, as "path: old → new".</summary>
    public static IReadOnlyList<string> Differences<T>(T before, T after)
    {
        var old = Flatten(before).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var now = Flatten(after).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var changed = now
            .Where(p => !old.TryGetValue(p.Key, out var was) || was != p.Value)
            .Select(p => $"{p.Key}: {old.GetValueOrDefault(p.Key, "(none)")} → {p.Value}");
        var removed = old.Keys.Where(k => !now.ContainsKey(k)).Select(k => $"{k}: {old[k]} → (none)");
        return [.. changed, .. removed];
    }

    private static string UnknownPath<T>(T settings, string? path) =>
        $"'{path}' is not a setting. Settings are: {string.Join(", ", Flatten(settings).Select(p => p.Key))}";

    private static void Walk(JsonNode? node, string prefix, List<KeyValuePair<string, string>> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, prefix.Length == 0 ? key : $"{prefix}.{key}", leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{prefix}.{i}", leaves);
                }

                break;
            default:
                leaves.Add(new(prefix, node?.ToString() ?? ""));
                break;
        }
    }
}
