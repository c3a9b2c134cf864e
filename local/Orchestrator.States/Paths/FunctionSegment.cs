using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// A path function such as <c>.length()</c> or <c>.sum()</c>. Step Functions accepts the syntax in a
/// definition but never evaluates it: an AWS execution with <c>"Jobs.$": "$.Jobs.sum()"</c> failed with
/// "The JSONPath '$.Jobs.sum()' specified for the field 'Jobs.$' could not be found in the input …"
/// (re:Post question QUYiQKP0XfThWEc_ahsMnLOA). So this step parses and matches nothing.
/// </summary>
internal sealed class FunctionSegment(string name) : PathSegment
{
    public string Name { get; } = name;

    public override bool IsDefinite => true;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
    }

    public override bool TrySelectOne(JsonNode? node, out JsonNode? result)
    {
        result = null;
        return false;
    }
}
