using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Consortium.Practice.Policy;

/// <summary>
/// The stored form of a policy, and dotted paths into it ("Timescales.AssessmentWorkingDays") for
/// operator commands, policy seeds and change summaries.
/// </summary>
public static class PolicyJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(PracticePolicy policy) => JsonSerializer.Serialize(policy, Options);

    public static PracticePolicy Deserialize(string json) =>
        JsonSerializer.Deserialize<PracticePolicy>(json, Options) ?? new PracticePolicy();

    public static PracticePolicy Clone(PracticePolicy policy) => Deserialize(Serialize(policy));

    /// <summary>Every leaf of the policy as (path, value), in a stable order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(PracticePolicy policy)
    {
        var leaves = new List<KeyValuePair<string, string>>();
        Walk(JsonSerializer.SerializeToNode(policy, Options), "", leaves);
        return leaves;
    }

    /// <summary>Returns a copy of the policy with one leaf changed, or an error message.</summary>
    public static (PracticePolicy? Policy, string? Error) With(PracticePolicy policy, string path, string value)
    {
        var root = JsonSerializer.SerializeToNode(policy, Options)!.AsObject();
        var segments = (path ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        JsonObject parent = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var key = parent.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, segments[i], StringComparison.OrdinalIgnoreCase));
            if (key is null)
            {
                return (null, UnknownPath(policy, path));
            }

            var node = parent[key];
            if (i < segments.Length - 1)
            {
                if (node is not JsonObject child)
                {
                    return (null, UnknownPath(policy, path));
                }

                parent = child;
                continue;
            }

            if (node is JsonObject)
            {
                return (null, UnknownPath(policy, path));
            }

            if (node is JsonValue existing && existing.TryGetValue<int>(out _))
            {
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return (null, $"{path} must be a whole number");
                }

                parent[key] = number;
            }
            else
            {
                parent[key] = value;
            }
        }

        if (segments.Length == 0)
        {
            return (null, UnknownPath(policy, path));
        }

        try
        {
            return (root.Deserialize<PracticePolicy>(Options), null);
        }
        catch (JsonException)
        {
            return (null, $"'{value}' is not a value {path} can take");
        }
    }

    /// <summary>Each leaf that differs, as "path: old → new".</summary>
    public static IReadOnlyList<string> Differences(PracticePolicy before, PracticePolicy after)
    {
        var old = Flatten(before).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. Flatten(after)
            .Where(p => !old.TryGetValue(p.Key, out var was) || was != p.Value)
            .Select(p => $"{p.Key}: {old.GetValueOrDefault(p.Key, "(none)")} → {p.Value}")];
    }

    private static string UnknownPath(PracticePolicy policy, string? path) =>
        $"'{path}' is not a policy setting. Settings are: {string.Join(", ", Flatten(policy).Select(p => p.Key))}";

    private static void Walk(JsonNode? node, string prefix, List<KeyValuePair<string, string>> leaves)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj)
            {
                Walk(child, prefix.Length == 0 ? key : $"{prefix}.{key}", leaves);
            }
        }
        else
        {
            leaves.Add(new(prefix, node?.ToString() ?? ""));
        }
    }
}
