using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.S3;

/// <summary>One stored object: its body (text, as Step Functions passes and returns it), metadata and ETag.</summary>
internal sealed record S3Object(string Body, string ETag, DateTimeOffset LastModified, string ContentType, JsonObject? Metadata)
{
    public long ContentLength => System.Text.Encoding.UTF8.GetByteCount(Body);
}
