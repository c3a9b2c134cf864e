using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses a Map state (ItemProcessor or the legacy Iterator; ItemSelector or the legacy
/// Parameters), inline or distributed (see <see cref="DistributedMapParser"/>).</summary>
internal static class MapParser
{
    public static MapState? Parse(string name, FieldReader reader, string? next, bool end, bool usesContext)
    {
        var processorField = reader.Has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        if (reader.Has("ItemProcessor") && reader.Has("Iterator"))
        {
            reader.Error("Iterator", "SCHEMA_VALIDATION_FAILED: A Map state cannot have both ItemProcessor and Iterator.");
        }

        if (reader.Has("ItemSelector") && reader.Has("Parameters"))
        {
            reader.Error("Parameters", "SCHEMA_VALIDATION_FAILED: A Map state cannot have both ItemSelector and Parameters.");
        }

        if (reader.Has("MaxConcurrency") && reader.Has("MaxConcurrencyPath"))
        {
            reader.Error("MaxConcurrencyPath", "SCHEMA_VALIDATION_FAILED: A Map state cannot have both MaxConcurrency and MaxConcurrencyPath.");
        }

        var maxConcurrency = reader.Integer("MaxConcurrency", 0);

        if (reader.Object[processorField] is not JsonObject processor)
        {
            reader.Error("ItemProcessor", "SCHEMA_VALIDATION_FAILED: A Map state needs ItemProcessor (or Iterator): an object with StartAt and States.");
            return null;
        }

        var processorPath = reader.At(processorField);
        var distributed = DistributedMapParser.Parse(reader, processor, processorPath);

        // Recorded on AWS: a legacy Iterator may carry ProcessorConfig (Mode INLINE) as ItemProcessor does.
        var graph = GraphParser.Parse(processor, processorPath, reader.Context, StateFields.ItemProcessor, $"a Map {processorField}");
        return graph is null ? null : new MapState(name, reader.Object, graph)
        {
            ItemsPath = reader.InputOutput("ItemsPath"),
            MaxConcurrency = (int)(maxConcurrency ?? 0),
            MaxConcurrencyPath = reader.JsonPath("MaxConcurrencyPath"),
            Distributed = distributed,
            Parameters = reader.Has("ItemSelector") ? reader.Template("ItemSelector") : reader.Template("Parameters"),
            ResultSelector = reader.Template("ResultSelector"),
            ResultPath = reader.ResultPath(),
            Retry = RetryCatchParser.Retry(reader),
            Catch = RetryCatchParser.Catch(reader),
            Next = next, End = end, Comment = reader.String("Comment"), UsesContext = usesContext,
            InputPath = reader.InputOutput("InputPath"), OutputPath = reader.InputOutput("OutputPath"),
        };
    }
}
