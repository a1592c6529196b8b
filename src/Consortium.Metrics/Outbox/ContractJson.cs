using System.Text.Json;

namespace Consortium.Metrics.Outbox;

/// <summary>How contract messages are written into the outbox and read back by the relay.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
