using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.Core.QueueDrain;
using Orchestrator.Functions.QueueDrain;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>Batches as the real BuildDrainBatch state function makes them, from ReceiveMessage answers.</summary>
internal static class DrainBatches
{
    public static readonly JsonObject Settings = new()
    {
        ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/work",
        ["Cluster"] = "batch",
        ["TaskDefinition"] = "worker",
        ["ContainerName"] = "worker",
        ["ManifestBucket"] = "orchestrator-manifests",
    };

    /// <summary>A ReceiveMessage answer (shape from the SQS API model) of the given bodies and receive counts.</summary>
    public static JsonObject Receive(params (string Body, int ReceiveCount)[] messages) => new()
    {
        ["Messages"] = new JsonArray([.. messages.Select((m, i) => (JsonNode)new JsonObject
        {
            ["MessageId"] = $"5fea7756-0ea4-451a-a703-a558b933e27{i}",
            ["ReceiptHandle"] = $"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a{i}",
            ["MD5OfBody"] = "fafb00f5732ab283681e124bf8747ed1",
            ["Body"] = m.Body,
            ["Attributes"] = new JsonObject { ["ApproximateReceiveCount"] = m.ReceiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        })]),
    };

    /// <summary>The BuildDrainBatch state's answer for one receive.</summary>
    public static JsonObject Build(JsonObject receive, string batchId = "d1-c1-l0-b0")
    {
        var e = new JsonObject
        {
            ["Settings"] = Settings.DeepClone(),
            ["Receives"] = new JsonArray(receive.DeepClone()),
            ["BatchId"] = batchId,
            ["BatchesPerLane"] = 50,
            ["Done"] = 0,
            ["Now"] = "2026-01-01T00:00:00Z",
        };
        using var output = BuildDrainBatchFunction.BuildDrainBatch(new MemoryStream(Encoding.UTF8.GetBytes(e.ToJsonString())));
        return JsonNode.Parse(output)!.AsObject();
    }

    /// <summary>The environment a part's RunTask overrides give its container (PascalCase, as the ecs:runTask integration takes them).</summary>
    public static Dictionary<string, string> Environment(JsonNode part) =>
        part["Overrides"]!["ContainerOverrides"]![0]!["Environment"]!.AsArray()
            .ToDictionary(v => v!["Name"]!.GetValue<string>(), v => v!["Value"]!.GetValue<string>(), StringComparer.Ordinal);

    public static string BatchVariable => BatchEnvelope.BatchVariable;
}
