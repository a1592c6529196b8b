using System.Diagnostics;

namespace Consortium.Metrics.Tests;

/// <summary>Tests that stop and start the shared broker run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RabbitMqGroup
{
    public const string Name = "rabbitmq";

    public static Uri Address => new(Environment.GetEnvironmentVariable("CONSORTIUM_TEST_RABBITMQ")
        ?? throw new InvalidOperationException("CONSORTIUM_TEST_RABBITMQ is not set: run the tests with ./scripts/test.sh, which starts RabbitMQ on loopback."));

    public static Task StopBrokerAsync() => ControlAsync("stop_app");

    public static Task StartBrokerAsync() => ControlAsync("start_app");

    private static async Task ControlAsync(string action)
    {
        var ctl = Environment.GetEnvironmentVariable("CONSORTIUM_TEST_RABBITMQ_CTL")
            ?? throw new InvalidOperationException("CONSORTIUM_TEST_RABBITMQ_CTL is not set: run the tests with ./scripts/test.sh.");
        using var process = Process.Start(new ProcessStartInfo(ctl, [action]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {action} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
