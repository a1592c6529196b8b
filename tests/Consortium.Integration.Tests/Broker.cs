using System.Diagnostics;

namespace Consortium.Integration.Tests;

/// <summary>
/// The RabbitMQ node the test command starts (scripts/lib/rabbitmq.sh): its address, and stopping and starting
/// the broker application on it as an outage would.
/// </summary>
public static class Broker
{
    public static Uri Address => new(Environment.GetEnvironmentVariable("CONSORTIUM_TEST_RABBITMQ")
        ?? throw new InvalidOperationException("CONSORTIUM_TEST_RABBITMQ is not set: run the tests with ./scripts/test.sh, which starts RabbitMQ on loopback."));

    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMq__Host"] = Address.Host,
        ["Messaging__RabbitMq__Port"] = Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging__RabbitMq__Username"] = "guest",
        ["Messaging__RabbitMq__Password"] = "guest",
    };

    public static Task StopAsync() => ControlAsync("stop_app");

    public static Task StartAsync() => ControlAsync("start_app");

    /// <summary>
    /// Empties the hub's durable queue (the node is shared by every test), so a hub started afterwards receives only
    /// what its own test sends. No queue yet is fine.
    /// </summary>
    public static async Task PurgeHubQueueAsync()
    {
        try
        {
            await ControlAsync("purge_queue", "consortium-hub-indicator-snapshots");
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("not_found", StringComparison.Ordinal) || ex.Message.Contains("NOT_FOUND", StringComparison.Ordinal))
        {
        }
    }

    private static async Task ControlAsync(params string[] action)
    {
        var ctl = Environment.GetEnvironmentVariable("CONSORTIUM_TEST_RABBITMQ_CTL")
            ?? throw new InvalidOperationException("CONSORTIUM_TEST_RABBITMQ_CTL is not set: run the tests with ./scripts/test.sh.");
        using var process = Process.Start(new ProcessStartInfo(ctl, action) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', action)} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
