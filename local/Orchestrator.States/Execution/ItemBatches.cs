using System.Text.Json.Nodes;
using Orchestrator.States.Model;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Execution;

/// <summary>
/// Groups a Distributed Map's items for ItemBatcher: each child input is
/// <c>{"BatchInput": …, "Items": [...]}</c> (BatchInput only when set) with at most MaxItemsPerBatch
/// items whose JSON stays within MaxInputBytesPerBatch (AWS: the batch input, at most 256 KiB).
/// Items go through ItemSelector first, in order; an item too large for a batch alone gets one.
/// </summary>
internal static class ItemBatches
{
    public static JsonArray Build(ItemBatcher batcher, JsonArray items, Func<int, JsonNode?, JsonNode?> select,
        JsonNode? effective, JsonNode? context, Intrinsics.IntrinsicContext intrinsics)
    {
        var maxItems = Limit(batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, "MaxItemsPerBatchPath", effective, context) ?? long.MaxValue;
        var maxBytes = Limit(batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, "MaxInputBytesPerBatchPath", effective, context) ?? 262_144;
        var batchInput = batcher.BatchInput?.Apply(effective, context, intrinsics);
        var batches = new JsonArray();
        JsonArray? current = null;
        long bytes = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var selected = select(i, items[i]);
            var size = PayloadSize.Utf8Bytes(selected) + 1;
            if (current is null || current.Count >= maxItems || (current.Count > 0 && bytes + size > maxBytes))
            {
                current = [];
                bytes = 0;
                var batch = new JsonObject();
                if (batchInput is not null)
                {
                    batch["BatchInput"] = batchInput.DeepClone();
                }

                batch["Items"] = current;
                batches.Add(batch);
            }

            current.Add(selected?.Parent is null ? selected : selected.DeepClone());
            bytes += size;
        }

        return batches;
    }

    private static long? Limit(long? literal, JsonPathExpression? path, string field, JsonNode? effective, JsonNode? context)
    {
        if (path is null)
        {
            return literal;
        }

        var value = path.SelectOrFail(effective, context);
        return MapRun.TryInteger(value, out var parsed) && parsed > 0
            ? parsed
            : throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.NotAnInteger(field, path.Text, value));
    }
}
