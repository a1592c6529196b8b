using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Consortium.Web.Tests;

/// <summary>
/// Which types of one module another uses, read from the metadata of its compiled assembly (every type it names in a
/// signature, a body or an attribute is a type reference there), and which of them lie outside what the module
/// publishes for reading: its <c>ReadModel</c> namespace.
/// </summary>
internal static class ReadModelRule
{
    /// <summary>The modules whose data Metrics aggregates, each through the read model it owns (DESIGN.md).</summary>
    public static readonly string[] ModulesMetricsReads = ["Consortium.Practice", "Consortium.Quality", "Consortium.Workforce"];

    /// <summary>
    /// Practice's namespaces Metrics may use besides the read model, and why: the authority's policy is published to
    /// every module as per-tenant options; the working-day calendar is reference data Metrics numbers its days from;
    /// <c>IAuthorityDatabaseStep</c> is how a module's own tables join an authority's database when it is provisioned;
    /// the census codes are the vocabulary the read rows are written in; the programme timeline and the settings store
    /// it is read from are how the timeline, with its version, reaches the outbox.
    /// </summary>
    private static readonly string[] PracticeBeyondTheReadModel =
    [
        "Consortium.Practice.Census.",
        "Consortium.Practice.Policy.",
        "Consortium.Practice.Calendar.",
        "Consortium.Practice.Data.IAuthorityDatabaseStep",

        // The programme timeline is versioned settings, like the policy; sharing it needs its version, which only the store gives.
        "Consortium.Practice.Programme.",
        "Consortium.Practice.Settings.SettingsStore`1",
        "Consortium.Practice.Settings.CurrentSettings`1",

        // The workforce indicators: the training policy is the authority's versioned settings, like the policy; the staff
        // role is the vocabulary the staff rows are written in; the census year is the Department's, which the rows are counted by.
        "Consortium.Practice.Workforce.TrainingPolicy",
        "Consortium.Practice.Workforce.DefaultTrainingPolicy",
        "Consortium.Practice.Workforce.TrainingLevel",
        "Consortium.Practice.Workforce.TrainingRequirement",
        "Consortium.Practice.Workforce.Measures.CensusYear",
        "Consortium.Practice.Access.StaffRole",
    ];

    public static List<string> TypesBeyondTheReadModel(string user, string module) =>
        [.. TypesUsedFrom(user, module)
            .Where(t => !t.StartsWith(module + ".ReadModel.", StringComparison.Ordinal))
            .Where(t => module != "Consortium.Practice" || !PracticeBeyondTheReadModel.Any(p => t.StartsWith(p, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyCollection<string> TypesUsedFrom(string user, string module)
    {
        using var file = File.OpenRead(Assembly.Load(user).Location);
        using var image = new PEReader(file);
        var metadata = image.GetMetadataReader();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var (name, scope) = FullName(metadata, metadata.GetTypeReference(handle));
            if (scope.Kind == HandleKind.AssemblyReference
                && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == module)
            {
                used.Add(name);
            }
        }

        return used;
    }

    /// <summary>A referenced type's full name (outer+Nested for a nested type) and the assembly it is resolved in.</summary>
    private static (string Name, EntityHandle Scope) FullName(MetadataReader metadata, TypeReference type)
    {
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var (outer, scope) = FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope));
            return ($"{outer}+{metadata.GetString(type.Name)}", scope);
        }

        return ($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}", type.ResolutionScope);
    }
}
