using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;

namespace Orchestrator.States.Paths.Templates;

/// <summary>A compiled part of a payload template; builds a new, parentless node each time.</summary>
internal abstract class TemplateNode
{
    public abstract JsonNode? Build(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics);
}
