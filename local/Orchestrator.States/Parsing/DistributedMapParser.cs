using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>
/// Reads a Map state's mode (<c>ProcessorConfig.Mode</c> INLINE or DISTRIBUTED, with ExecutionType
/// STANDARD or EXPRESS) and the fields only Distributed mode allows: Label, ToleratedFailureCount
/// and ToleratedFailurePercentage (and their *Path forms), ItemBatcher. ItemReader and ResultWriter
/// are refused by name: the engine does not read or write S3 items yet (docs/ENGINE.md).
/// </summary>
internal static class DistributedMapParser
{
    /// <summary>The Map fields that belong to Distributed mode.</summary>
    public static readonly string[] Fields =
    [
        "ItemReader", "ItemBatcher", "ResultWriter", "Label",
        "ToleratedFailureCount", "ToleratedFailureCountPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
    ];

    private static readonly IReadOnlySet<string> BatcherFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "MaxItemsPerBatch", "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput",
    };

    /// <summary>The Distributed settings, or null for an inline Map (errors go to the reader's context).</summary>
    public static DistributedMapConfig? Parse(FieldReader reader, JsonObject processor, string processorPath)
    {
        var mode = "INLINE";
        string? executionType = null;
        if (processor["ProcessorConfig"] is JsonObject config)
        {
            var configReader = new FieldReader(config, $"{processorPath}.ProcessorConfig", reader.Context);
            configReader.RejectUnknown(new HashSet<string>(["Mode", "ExecutionType"], StringComparer.Ordinal), "a ProcessorConfig");
            mode = configReader.String("Mode") ?? "INLINE";
            executionType = configReader.String("ExecutionType");
            if (mode is not ("INLINE" or "DISTRIBUTED"))
            {
                configReader.Error("Mode", $"SCHEMA_VALIDATION_FAILED: Mode must be INLINE or DISTRIBUTED, not '{mode}'.");
            }
            else if (mode == "DISTRIBUTED" && executionType is not ("STANDARD" or "EXPRESS"))
            {
                configReader.Error("ExecutionType", "SCHEMA_VALIDATION_FAILED: A Distributed Map needs ExecutionType STANDARD or EXPRESS.");
            }
        }

        if (mode != "DISTRIBUTED")
        {
            foreach (var field in Fields.Where(reader.Has))
            {
                reader.Error(field, $"SCHEMA_VALIDATION_FAILED: The field '{field}' needs a Distributed Map (ItemProcessor.ProcessorConfig.Mode DISTRIBUTED).");
            }

            return null;
        }

        foreach (var field in new[] { "ItemReader", "ResultWriter" }.Where(reader.Has))
        {
            reader.Error(field, $"The field '{field}' (S3 items) is not supported by this engine yet: give the items in the state input (ItemsPath).");
        }

        Exclusive(reader, "ToleratedFailureCount");
        Exclusive(reader, "ToleratedFailurePercentage");
        var percentage = reader.Number("ToleratedFailurePercentage", 0);
        if (percentage > 100)
        {
            reader.Error("ToleratedFailurePercentage", "SCHEMA_VALIDATION_FAILED: ToleratedFailurePercentage must be between 0 and 100.");
        }

        return new DistributedMapConfig
        {
            ExecutionType = executionType ?? "STANDARD",
            Label = reader.String("Label"),
            ToleratedFailureCount = reader.Integer("ToleratedFailureCount", 0),
            ToleratedFailureCountPath = reader.JsonPath("ToleratedFailureCountPath"),
            ToleratedFailurePercentage = percentage,
            ToleratedFailurePercentagePath = reader.JsonPath("ToleratedFailurePercentagePath"),
            ItemBatcher = Batcher(reader),
        };
    }

    private static void Exclusive(FieldReader reader, string field)
    {
        if (reader.Has(field) && reader.Has(field + "Path"))
        {
            reader.Error(field + "Path", $"SCHEMA_VALIDATION_FAILED: A Map state cannot have both {field} and {field}Path.");
        }
    }

    private static ItemBatcher? Batcher(FieldReader state)
    {
        if (state.Object["ItemBatcher"] is not JsonObject obj)
        {
            if (state.Has("ItemBatcher"))
            {
                state.Error("ItemBatcher", "SCHEMA_VALIDATION_FAILED: ItemBatcher must be an object.");
            }

            return null;
        }

        var reader = new FieldReader(obj, state.At("ItemBatcher"), state.Context);
        reader.RejectUnknown(BatcherFields, "an ItemBatcher");
        Exclusive(reader, "MaxItemsPerBatch");
        Exclusive(reader, "MaxInputBytesPerBatch");
        return new ItemBatcher
        {
            MaxItemsPerBatch = reader.Integer("MaxItemsPerBatch", 1),
            MaxItemsPerBatchPath = reader.JsonPath("MaxItemsPerBatchPath"),
            MaxInputBytesPerBatch = reader.Integer("MaxInputBytesPerBatch", 1, 262_144),
            MaxInputBytesPerBatchPath = reader.JsonPath("MaxInputBytesPerBatchPath"),
            BatchInput = reader.Template("BatchInput"),
        };
    }
}
