using System.Reflection;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Tests.Policy;

public sealed class PolicySettingsCatalogueTests
{
    private static readonly string[] CataloguePaths = [.. PolicySettings.All.Select(s => s.Path)];

    /// <summary>Every leaf property of the policy as a dotted path; a dictionary keyed by an enum has one entry per value.</summary>
    private static IEnumerable<string> PropertyPaths(Type type, string prefix = "") =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p => LeafPaths(p.PropertyType, prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}"));

    private static IEnumerable<string> LeafPaths(Type type, string path)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string))
        {
            return [path];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var key = type.GetGenericArguments()[0];
            Assert.True(key.IsEnum, $"{path} is keyed by {key.Name}; the catalogue can only list the entries of a dictionary keyed by an enum");
            return Enum.GetNames(key).SelectMany(name => LeafPaths(type.GetGenericArguments()[1], $"{path}.{name}"));
        }

        return PropertyPaths(type, path);
    }

    [Fact]
    public void Every_property_of_the_policy_is_a_setting_in_the_catalogue()
    {
        var missing = PropertyPaths(typeof(PracticePolicy)).Except(CataloguePaths, StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Add these to PolicySettings: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_setting_in_the_catalogue_is_a_property_of_the_policy()
    {
        var unknown = CataloguePaths.Except(PropertyPaths(typeof(PracticePolicy)), StringComparer.Ordinal).ToList();

        Assert.True(unknown.Count == 0, $"Not properties of PracticePolicy: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Each_setting_is_declared_once()
    {
        Assert.Equal(CataloguePaths.Distinct(StringComparer.OrdinalIgnoreCase), CataloguePaths);
    }

    [Fact]
    public void Each_setting_reads_and_writes_the_property_its_path_names()
    {
        var before = new PracticePolicy();
        foreach (var setting in PolicySettings.All)
        {
            var (after, error) = setting.WithInput(before, AnotherValue(setting, before));
            Assert.Null(error);

            var leaves = SettingsJson.Flatten(after!).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            Assert.Equal([setting.Path], SettingsJson.Flatten(before).Where(p => leaves[p.Key] != p.Value).Select(p => p.Key));
            Assert.Equal(leaves[setting.Path], setting.Display(after!));
        }
    }

    private static string AnotherValue(PolicySetting setting, PracticePolicy policy) => setting switch
    {
        NumberSetting number => (number.Get(policy)!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ChoiceSetting choice => choice.Choices.First(c => c.Value != choice.Display(policy)).Value,
        _ => $"{setting.Display(policy)} changed",
    };
}
