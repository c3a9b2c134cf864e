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
        var partsLeft = LaneCount.Read(e, "BatchesPerLane") - LaneCount.Read(e, "Done");
        var settings = e.Get("Settings", FunctionJson.Default.DrainSettings);
        var batch = BatchBuilder.BuildParts(e.Array("Receives"), settings, e.String("BatchId"), partsLeft);
        if (!batch.Empty)
        {
            var spot = CapacityChoice.Spot(settings);
            batch = batch with { LeaseUntil = DrainLease.ForParts(settings, e.Time("Now"), 1 + batch.Parts.Count), Capacity = spot, NextCapacity = spot };
        }

        return FunctionOutput.Write(batch, FunctionJson.Default.DrainBatch);
    }
}
