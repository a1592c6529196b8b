using System.Text.Json;
using Consortium.Practice.Outcomes;

namespace Consortium.Web.Forms;

/// <summary>
/// A record's fields as a form loaded them, carried in a hidden field and posted back, so that a save refused because
/// someone else saved first can say what they changed since. Nothing is read or written from it: an altered value only
/// changes which differences the person is shown, among values they can open anyway.
/// </summary>
public static class StartingValues
{
    public const int MaxLength = 200_000;

    public static string Write(RecordFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return JsonSerializer.Serialize(fields.Values);
    }

    /// <summary>The values posted, or null if there are none that can be read (the conflict then compares with the person's input).</summary>
    public static IReadOnlyDictionary<string, string>? Read(string? posted)
    {
        if (string.IsNullOrEmpty(posted) || posted.Length > MaxLength)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(posted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
