using Orchestrator.Core;
using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>BuildDrainBatch</c>: the lane's ReceiveMessage answers in, a <see cref="DrainBatch"/>
/// (the parts to run one after the other, suspects isolated) out.</summary>
/// <remarks>Event: <c>{"Settings", "Receives": [ReceiveMessage answers], "BatchId": "…",
/// "BatchesPerLane": n, "Done": tasks the lane has run, "Now": $$.State.EnteredTime}</c>; the answer's
/// LeaseUntil is the lane's lease heartbeat (<see cref="DrainLease.ForParts"/>).</remarks>
public static class BuildDrainBatchFunction
{
    public static Stream BuildDrainBatch(Stream input)
    {
        var e = FunctionInput.Read(input);
        var partsLeft = Count(e, "BatchesPerLane") - Count(e, "Done");
        var settings = e.Get("Settings", FunctionJson.Default.DrainSettings);
        var batch = BatchBuilder.BuildParts(e.Array("Receives"), settings, e.String("BatchId"), partsLeft);
        if (!batch.Empty)
        {
            batch = batch with { LeaseUntil = DrainLease.ForParts(settings, e.Time("Now"), 1 + batch.Parts.Count) };
        }

        return FunctionOutput.Write(batch, FunctionJson.Default.DrainBatch);
    }

    private static int Count(FunctionInput e, string name) =>
        Json.Number(e.Node(name)) is { } n && n >= 0 && n <= 1_000_000 && n == Math.Floor(n)
            ? (int)n
            : throw new InvalidInputException($"event: '{name}' must be a whole number from 0 to 1000000.");
}
