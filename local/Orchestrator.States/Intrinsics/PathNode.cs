using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>A path argument (<c>$.x</c> against the input, <c>$$.x</c> against the context object).</summary>
internal sealed class PathNode(JsonPathExpression path) : IntrinsicNode
{
    public JsonPathExpression Path { get; } = path;

    public override JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        if (input is null && Path.ReadsInput)
        {
            throw new StatesException(StatesErrorNames.Runtime, PathErrors.NullInput);
        }

        if (Path.TryEvaluate(input, context, out var value))
        {
            return value;
        }

        // The caller knows the field name AWS puts in the message; see IntrinsicPathNotFoundException.
        throw new IntrinsicPathNotFoundException(Path, Path.Root(input, context));
    }
}
