using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>A call <c>States.Name(arg, …)</c>: evaluates its arguments left to right, then the function.</summary>
internal sealed class CallNode(IntrinsicFunction function, IntrinsicNode[] arguments) : IntrinsicNode
{
    public IntrinsicFunction Function { get; } = function;

    public IReadOnlyList<IntrinsicNode> Arguments => arguments;

    public override JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        var values = arguments.Length == 0 ? [] : new JsonNode?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Evaluate(input, context, intrinsics);
        }

        return Function.Body(new IntrinsicCall(this, values, intrinsics));
    }
}
