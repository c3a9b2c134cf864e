namespace Orchestrator.SampleWorker;

/// <summary>The environment variables the queue drain sets on the container (docs/CONTAINER.md).</summary>
public static class ContractNames
{
    /// <summary>The batch document inline, when it fits ECS's 8,192 characters of overrides.</summary>
    public const string Batch = "ORCHESTRATOR_BATCH";

    /// <summary><c>s3://bucket/key</c> of the batch document when it does not fit.</summary>
    public const string Manifest = "ORCHESTRATOR_BATCH_MANIFEST";

    /// <summary><c>s3://bucket/results/&lt;queue&gt;/&lt;batch id&gt;.json</c>: where a partial batch result may go.</summary>
    public const string ResultUri = "ORCHESTRATOR_RESULT_URI";
}
