namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// How a batch reaches its task: the contract between the drain and the worker container.
/// </summary>
/// <remarks>
/// The container gets <see cref="BatchVariable"/> = <c>{"messages":[{"messageId","receiptHandle","body","receiveCount"}]}</c>
/// as an environment override. When that would push the overrides past ECS's limit ("A total of 8192
/// characters are allowed for overrides", RunTask API reference), the same JSON is written to S3 and
/// the container gets <see cref="ManifestVariable"/> = <c>s3://bucket/key</c> instead. The worker only
/// processes; the drain deletes the messages after the task succeeded.
/// Each task also gets <see cref="ResultVariable"/> = <c>s3://bucket/results/&lt;queue&gt;/&lt;batch id&gt;.json</c>: a worker
/// that exits 0 may first write there <c>{"batchItemFailures":[{"itemIdentifier":"&lt;MessageId&gt;"}]}</c>
/// to fail only those messages (<see cref="PartialResult"/>).
/// </remarks>
public static class BatchEnvelope
{
    public const string BatchVariable = "ORCHESTRATOR_BATCH";
    public const string ManifestVariable = "ORCHESTRATOR_BATCH_MANIFEST";
    public const string ResultVariable = "ORCHESTRATOR_RESULT_URI";

    /// <summary>ECS's limit on the overrides structure's JSON, in characters.</summary>
    public const int OverridesLimit = 8192;
}
