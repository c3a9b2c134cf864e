using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>ClassifyDrainOutcome</c>: the RunTask result or caught error in, a <see cref="BatchDecision"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Run": Task or {"Error","Cause"}, "Messages", "Capacity", "Stats",
/// "Done": tasks the lane ran before, "HeldParts": parts still held, "BatchesPerLane", "Now"}</c>; the
/// answer names the lane's next step and carries its count and statistics (<see cref="BatchDecision.ForLane"/>).</remarks>
public static class ClassifyDrainOutcomeFunction
{
    public static Stream ClassifyDrainOutcome(Stream input)
    {
        var e = FunctionInput.Read(input);
        var settings = e.Get("Settings", FunctionJson.Default.DrainSettings);
        var decision = OutcomeClassifier.Decide(
            e.Object("Run"),
            e.Get("Messages", FunctionJson.Default.BatchMessageArray),
            e.Get("Capacity", FunctionJson.Default.CapacityChoice),
            e.Get("Stats", FunctionJson.Default.LaneStats),
            settings,
            e.Time("Now")).ForLane(LaneCount.Read(e, "Done"), LaneCount.Read(e, "HeldParts"), LaneCount.Read(e, "BatchesPerLane"), settings);
        return FunctionOutput.Write(decision, FunctionJson.Default.BatchDecision);
    }
}
