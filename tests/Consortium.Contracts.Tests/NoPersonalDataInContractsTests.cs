using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using Consortium.Contracts;
using Consortium.Contracts.Messages;

namespace Consortium.Contracts.Tests;

/// <summary>
/// Every message that leaves an authority carries codes, periods, numbers and suppression markers only. Any
/// property that could hold free text or an identifier of a person (a string, a Guid, an object, a byte array)
/// fails this test; so does a new message type nobody has looked at.
/// </summary>
public sealed class NoPersonalDataInContractsTests
{
    private static readonly HashSet<Type> AllowedLeaves =
    [
        typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(double),
        typeof(DateOnly), typeof(DateTimeOffset),
        typeof(AuthorityCode),
    ];

    private static readonly Type[] Messages =
    [
        .. typeof(IndicatorSnapshotPublished).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IndicatorSnapshotPublished).Namespace && t.IsClass),
    ];

    public static TheoryData<Type> MessageTypes() => new(Messages);

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void Every_serialised_property_of_a_message_is_a_code_a_period_a_number_or_a_marker(Type messageType) =>
        Assert.Empty(Offending(messageType));

    [Fact]
    public void The_check_finds_a_string_a_guid_and_an_object_anywhere_in_a_message() =>
        Assert.Equal(
            ["Leaky.Child.Name (String)", "Leaky.Id (Guid)", "Leaky.Notes (Object)"],
            Offending(typeof(Leaky)).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_message_type_is_known_to_this_test() =>
        Assert.Equal(
            [nameof(IndicatorSnapshotPublished), nameof(IndicatorValue), nameof(ProgrammePhaseShared), nameof(ProgrammeTimelineShared)],
            Messages.Select(t => t.Name).Order(StringComparer.Ordinal));

    private static List<string> Offending(Type root)
    {
        var found = new List<string>();
        Walk(root, root.Name, found, []);
        return found;
    }

    private static void Walk(Type type, string path, List<string> found, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var where = $"{path}.{property.Name}";
            if (AllowedLeaves.Contains(propertyType) || propertyType.IsEnum)
            {
                continue;
            }

            if (propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType) && propertyType.IsGenericType)
            {
                var element = propertyType.GetGenericArguments()[0];
                if (element.IsEnum || AllowedLeaves.Contains(element))
                {
                    continue;
                }

                Walk(element, where, found, seen);
            }
            else if (propertyType.Namespace?.StartsWith("Consortium.Contracts", StringComparison.Ordinal) == true && !propertyType.IsPrimitive)
            {
                Walk(propertyType, where, found, seen);
            }
            else
            {
                found.Add($"{where} ({propertyType.Name})");
            }
        }
    }

    private sealed record Leaky(Guid Id, LeakyChild Child, object Notes, int Count);

    private sealed record LeakyChild(string Name, DateOnly Born);
}
