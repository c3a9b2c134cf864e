using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary><c>.*</c> or <c>[*]</c>: every member value of an object or every element of an array.</summary>
internal sealed class WildcardSegment : PathSegment
{
    public static readonly WildcardSegment Instance = new();

    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj)
                {
                    output.Add(member.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    output.Add(item);
                }

                break;
        }
    }
}
