using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Intrinsics;

/// <summary>The math intrinsics (AWS "Intrinsics for Math operations"): States.MathRandom and MathAdd.</summary>
internal static class MathFunctions
{
    /// <summary>
    /// States.MathRandom(start, end[, seed]): a random integer from start (inclusive) to end
    /// (exclusive). Non-integers are rounded (AWS). With a seed the draw comes from a generator made
    /// from that seed, so the same seed gives the same number; without one it comes from the run's
    /// <see cref="IntrinsicContext.Random"/>.
    /// </summary>
    public static JsonNode? MathRandom(IntrinsicCall call)
    {
        long start = call.Integer(0);
        long end = call.Integer(1);
        if (end <= start)
        {
            throw call.Fail($"the end ({end}) must be greater than the start ({start})");
        }

        var random = call.Count == 3 ? new SeededRandom(call.Integer(2)) : call.Context.Random;
        var span = (ulong)(end - start);
        return JsonValue.Create(start + (long)(random.NextUInt64() % span));
    }

    /// <summary>
    /// States.MathAdd(a, b): the integer sum. AWS: both must be integers between -2147483648 and
    /// 2147483647; non-integers are rounded to the nearest integer. The result is written as an
    /// integer (<c>3</c>, never <c>3.0</c>).
    /// </summary>
    public static JsonNode? MathAdd(IntrinsicCall call) =>
        JsonValue.Create((long)call.Integer(0) + call.Integer(1));
}
