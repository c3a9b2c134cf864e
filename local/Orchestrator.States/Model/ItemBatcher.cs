using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>
/// A Distributed Map's ItemBatcher: each child gets <c>{"Items": [...], "BatchInput": …}</c> holding
/// at most MaxItemsPerBatch items and at most MaxInputBytesPerBatch bytes (AWS: up to 256 KiB).
/// </summary>
public sealed class ItemBatcher
{
    /// <summary>MaxItemsPerBatch, or null.</summary>
    public long? MaxItemsPerBatch { get; init; }

    /// <summary>MaxItemsPerBatchPath, or null.</summary>
    public JsonPathExpression? MaxItemsPerBatchPath { get; init; }

    /// <summary>MaxInputBytesPerBatch, or null.</summary>
    public long? MaxInputBytesPerBatch { get; init; }

    /// <summary>MaxInputBytesPerBatchPath, or null.</summary>
    public JsonPathExpression? MaxInputBytesPerBatchPath { get; init; }

    /// <summary>BatchInput, a payload template evaluated on the Map's effective input; or null.</summary>
    public PayloadTemplate? BatchInput { get; init; }
}
