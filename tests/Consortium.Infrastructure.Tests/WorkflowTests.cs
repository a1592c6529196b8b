using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Consortium.Infrastructure.Tests;

public sealed partial class WorkflowTests
{
    [Fact]
    public void Ci_runs_exactly_the_READMEs_test_command_and_nothing_else()
    {
        var command = ReadmeTestCommand();
        var runs = Jobs(Load("ci.yml")).SelectMany(Steps).Select(s => Scalar(s, "run")).OfType<string>().Select(r => r.Trim()).ToList();

        Assert.Equal("./scripts/test.sh", command);
        Assert.Equal([command], runs);
        Assert.Contains(command, File.ReadAllText(Repository.Path(".ci", "run")), StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_signs_in_with_federated_credentials_and_no_stored_azure_secret()
    {
        var workflow = Load("deploy.yml");
        var text = File.ReadAllText(Repository.Path(".github", "workflows", "deploy.yml"));

        Assert.Equal("write", Scalar(Map(workflow, "permissions")!, "id-token"));
        Assert.DoesNotMatch(StoredSecret(), text);
        var logins = Jobs(workflow).SelectMany(Steps).Where(s => (Scalar(s, "uses") ?? "").StartsWith("azure/login@", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(logins);
        Assert.All(logins, login =>
        {
            var with = Map(login, "with")!;
            Assert.Equal(["client-id", "subscription-id", "tenant-id"], with.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));
            Assert.All(with.Children.Values, v => Assert.StartsWith("${{ vars.", v.ToString(), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Deploy_builds_the_image_runs_a_what_if_then_deploys_test_and_then_production_behind_environments()
    {
        var jobs = Map(Load("deploy.yml"), "jobs")!;
        var byEnvironment = jobs.Children.ToDictionary(j => j.Key.ToString(), j => (YamlMappingNode)j.Value);

        var test = byEnvironment.Single(j => Scalar(j.Value, "environment") == "test");
        var production = byEnvironment.Single(j => Scalar(j.Value, "environment") == "production");
        Assert.Contains(test.Key, Needs(production.Value));
        Assert.Contains("what-if", AllNeeds(byEnvironment, test.Key));
        Assert.Contains("image", AllNeeds(byEnvironment, test.Key));
        Assert.Contains(Steps(byEnvironment["what-if"]), s => (Scalar(s, "run") ?? "").Contains("--what-if", StringComparison.Ordinal));
        foreach (var (job, environment) in new[] { (test.Value, "test"), (production.Value, "prod") })
        {
            var runs = Steps(job).Select(s => Scalar(s, "run") ?? "").ToList();
            Assert.Contains(runs, r => r.Contains($"deploy-environment.sh {environment}", StringComparison.Ordinal));
            Assert.Contains(runs, r => r.Contains($"migrate-databases.sh {environment}", StringComparison.Ordinal));
        }
    }

    private static string ReadmeTestCommand()
    {
        var match = ReadmeRow().Match(File.ReadAllText(Repository.Path("README.md")));
        Assert.True(match.Success, "README.md has no \"run every test\" row");
        return match.Groups["command"].Value;
    }

    private static HashSet<string> AllNeeds(Dictionary<string, YamlMappingNode> jobs, string job)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Needs(jobs[job]));
        while (pending.TryPop(out var next))
        {
            if (all.Add(next))
            {
                foreach (var n in Needs(jobs[next]))
                {
                    pending.Push(n);
                }
            }
        }

        return all;
    }

    private static List<string> Needs(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("needs"), out var needs)
            ? needs is YamlSequenceNode list ? list.Children.Select(n => n.ToString()).ToList() : [needs.ToString()]
            : [];

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(Repository.Path(".github", "workflows", name)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Jobs(YamlMappingNode workflow) => Map(workflow, "jobs")!.Children.Values.Cast<YamlMappingNode>();

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static YamlMappingNode? Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex(@"\| run every test \| `(?<command>[^`]+)` \|")]
    private static partial Regex ReadmeRow();

    [GeneratedRegex(@"secrets\.AZURE_CREDENTIALS|client-secret|creds:|AZURE_CLIENT_SECRET", RegexOptions.IgnoreCase)]
    private static partial Regex StoredSecret();
}
