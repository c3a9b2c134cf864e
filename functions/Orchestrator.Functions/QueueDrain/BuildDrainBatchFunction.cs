using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>BuildDrainBatch</c>: the lane's ReceiveMessage answers in, a <see cref="BatchPlan"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Receives": [ReceiveMessage answers], "BatchId": "…"}</c>.</remarks>
public static class BuildDrainBatchFunction
{
    public static Stream BuildDrainBatch(Stream input)
    {
        var e = FunctionInput.Read(input);
        var plan = BatchBuilder.Build(e.Array("Receives"), e.Get("Settings", FunctionJson.Default.DrainSettings), e.String("BatchId"));
        return FunctionOutput.Write(plan, FunctionJson.Default.BatchPlan);
    }
}
