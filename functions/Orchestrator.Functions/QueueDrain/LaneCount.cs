using Orchestrator.Core;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>The lane's whole-number event fields (Done, HeldParts, BatchesPerLane), checked.</summary>
internal static class LaneCount
{
    public static int Read(FunctionInput e, string name) =>
        Json.Number(e.Node(name)) is { } n && n >= 0 && n <= 1_000_000 && n == Math.Floor(n)
            ? (int)n
            : throw new InvalidInputException($"event: '{name}' must be a whole number from 0 to 1000000.");
}
