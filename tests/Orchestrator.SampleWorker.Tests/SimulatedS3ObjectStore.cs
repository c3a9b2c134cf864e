using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.S3;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>An <see cref="IObjectStore"/> answered by the simulated S3 (GetObject, PutObject), the
/// same service the drain's WriteManifest state wrote to.</summary>
internal sealed class SimulatedS3ObjectStore(SimulatedS3 s3) : IObjectStore
{
    public Task<string> GetTextAsync(S3Location location, CancellationToken cancellationToken) =>
        Task.FromResult(s3.Invoke("GetObject", new JsonObject { ["Bucket"] = location.Bucket, ["Key"] = location.Key })["Body"]!.GetValue<string>());

    public Task PutJsonAsync(S3Location location, string json, CancellationToken cancellationToken)
    {
        s3.Invoke("PutObject", new JsonObject { ["Bucket"] = location.Bucket, ["Key"] = location.Key, ["Body"] = json, ["ContentType"] = "application/json" });
        return Task.CompletedTask;
    }
}
