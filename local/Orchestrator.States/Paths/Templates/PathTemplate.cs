using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary>
/// <c>"name.$": "$.path"</c> or <c>"$$.path"</c>: the value the path selects. A <c>$</c> path over a
/// JSON null input fails as AWS does, with <see cref="PathErrors.NullInput"/>.
/// </summary>
internal sealed class PathTemplate(string field, JsonPathExpression path) : TemplateNode
{
    public override JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        if (input is null && path.ReadsInput)
        {
            throw new StatesException(StatesErrorNames.Runtime, PathErrors.NullInput);
        }

        if (!path.TryEvaluate(input, context, out var value))
        {
            throw new StatesException(StatesErrorNames.Runtime, PathErrors.FieldPathNotFound(path.Text, field, path.Root(input, context)));
        }

        // Definite paths return the node inside the document (maybe the root itself): copy it.
        // Indefinite ones already built a fresh array of copies.
        return path.IsDefinite ? value?.DeepClone() : value;
    }
}
