using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// <c>[start:end]</c>: array elements from start (inclusive) to end (exclusive); either bound may be
/// omitted or negative (counted from the end), and bounds past the array are clamped, as in Jayway.
/// </summary>
/// <remarks>Jayway has no slice step (<c>[a:b:c]</c>), so neither does this.</remarks>
internal sealed class SliceSegment(int? start, int? end) : PathSegment
{
    public override bool IsDefinite => false;

    public override void Select(JsonNode? node, JsonNode? root, List<JsonNode?> output)
    {
        if (node is not JsonArray array)
        {
            return;
        }

        var count = array.Count;
        var from = Normalize(start ?? 0, count);
        var to = Normalize(end ?? count, count);
        for (var i = from; i < to; i++)
        {
            output.Add(array[i]);
        }
    }

    private static int Normalize(int bound, int count)
    {
        var i = bound < 0 ? count + bound : bound;
        return Math.Clamp(i, 0, count);
    }
}
