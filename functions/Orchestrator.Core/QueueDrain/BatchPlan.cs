using System.Text.Json.Nodes;

namespace Orchestrator.Core.QueueDrain;

/// <summary>A received batch (or one part of it, see <see cref="DrainBatch"/>), ready to run: the
/// RunTask overrides and, when the batch is too large for them, the S3 manifest to write first.</summary>
/// <param name="Empty">True when the receives returned nothing: the lane ends.</param>
/// <param name="Messages">The messages, in receive order.</param>
/// <param name="Overrides">RunTask's Overrides (PascalCase, as the ecs:runTask integration takes them).</param>
/// <param name="Manifest">Null, or the object to put to S3 before the task runs.</param>
public sealed record BatchPlan(bool Empty, IReadOnlyList<BatchMessage> Messages, JsonObject Overrides, ManifestObject? Manifest)
{
    /// <summary>For a part held while earlier parts run: ChangeMessageVisibilityBatch entries that give
    /// each of its messages the full visibility timeout again (ids unique within the receive). Empty
    /// for the part that runs first.</summary>
    public IReadOnlyList<VisibilityEntry> Hold { get; init; } = [];

    /// <summary>Where the task may write its partial result (<see cref="PartialResult"/>), the lane's
    /// ReadBatchResult reads it; Bucket empty when the drain has no bucket (no result is read then).</summary>
    public ResultObject Result { get; init; } = ResultObject.None;
}

/// <summary>The S3 object a task may write its partial batch result to (GetObject's Bucket and Key).</summary>
public sealed record ResultObject(string Bucket, string Key)
{
    /// <summary>No bucket: the task gets no result URI.</summary>
    public static ResultObject None { get; } = new("", "");

    /// <summary>The s3:// URL the task writes to.</summary>
    public string Url => $"s3://{Bucket}/{Key}";
}

/// <summary>An S3 object holding a batch (PutObject's Bucket, Key and Body).</summary>
public sealed record ManifestObject(string Bucket, string Key, string Body)
{
    /// <summary>The s3:// URL the task reads.</summary>
    public string Url => $"s3://{Bucket}/{Key}";
}
