using System.Diagnostics;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// From a snapshot committed in an authority's database to its values visible in the hub's database, through a real
// RabbitMQ (the product's relay, publisher confirms, the hub's consumer):
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- latency --rabbitmq amqp://guest:guest@127.0.0.1:5672/ [--runs 30]
internal static class DeliveryLatencyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var broker = new Uri(Option(args, "--rabbitmq") ?? Environment.GetEnvironmentVariable("CONSORTIUM_TEST_RABBITMQ")
            ?? throw new InvalidOperationException("Give --rabbitmq amqp://user:password@host:port/"));
        var runs = int.Parse(Option(args, "--runs") ?? "30", CultureInfo.InvariantCulture);
        var dataDirectory = Directory.CreateTempSubdirectory("consortium-latency-").FullName;
        Environment.SetEnvironmentVariable("Messaging__Transport", "RabbitMq");
        Environment.SetEnvironmentVariable("Messaging__RabbitMq__Host", broker.Host);
        Environment.SetEnvironmentVariable("Messaging__RabbitMq__Port", broker.Port.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("Metrics__Schedule__PublishYearsAtStart", "0");
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var tenant = (await host.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("wokingham"))!;
        var scopes = host.Services.GetRequiredService<ITenantScopeRunner>();
        var hub = $"Data Source={Path.Combine(dataDirectory, "hub.db")};Mode=ReadOnly;Pooling=False";
        var period = ReportingPeriod.MonthOf(DateOnly.FromDateTime(DateTime.UtcNow));
        var times = new List<double>();
        for (var i = 0; i < runs + 3; i++)
        {
            var before = Receipts(hub);
            var clock = Stopwatch.StartNew();
            await scopes.RunAsync(tenant, (sp, ct) => sp.GetRequiredService<SnapshotWriter>().WriteAsync([period], SnapshotReason.Operator, skipUnchanged: false, ct));
            while (Receipts(hub) == before)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException("A snapshot did not reach the hub within 30 s.");
                }

                await Task.Delay(2);
            }

            if (i >= 3)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        var report = string.Join(Environment.NewLine,
            "| snapshot committed to visible at the hub (RabbitMQ) | runs | median ms | p95 ms | max ms |",
            "|---|---|---|---|---|",
            string.Create(CultureInfo.InvariantCulture, $"| one month's snapshot, Wokingham | {runs} | {times[times.Count / 2]:F0} | {times[(int)(times.Count * 0.95)]:F0} | {times[^1]:F0} |"));
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "latency-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    private static long Receipts(string connectionString)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM SnapshotReceipts";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
