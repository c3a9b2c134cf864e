using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>ClassifyDrainOutcome</c>: the RunTask result or caught error in, a <see cref="BatchDecision"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Run": Task or {"Error","Cause"}, "Messages", "Capacity", "Stats", "Now"}</c>.</remarks>
public static class ClassifyDrainOutcomeFunction
{
    public static Stream ClassifyDrainOutcome(Stream input)
    {
        var e = FunctionInput.Read(input);
        var decision = OutcomeClassifier.Decide(
            e.Object("Run"),
            e.Get("Messages", FunctionJson.Default.BatchMessageArray),
            e.Get("Capacity", FunctionJson.Default.CapacityChoice),
            e.Get("Stats", FunctionJson.Default.LaneStats),
            e.Get("Settings", FunctionJson.Default.DrainSettings),
            e.Time("Now"));
        return FunctionOutput.Write(decision, FunctionJson.Default.BatchDecision);
    }
}
