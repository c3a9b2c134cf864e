using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>SummarizeDrainCycle</c>: the report and the cycle's lane statistics in, the
/// updated <see cref="DrainReport"/> out.</summary>
/// <remarks>Event: <c>{"Settings", "Report", "Lanes": [LaneStats]}</c>.</remarks>
public static class SummarizeDrainCycleFunction
{
    public static Stream SummarizeDrainCycle(Stream input)
    {
        var e = FunctionInput.Read(input);
        var report = e.Get("Report", FunctionJson.Default.DrainReport)
            .AddCycle(e.Get("Lanes", FunctionJson.Default.LaneStatsArray), e.Get("Settings", FunctionJson.Default.DrainSettings), CostModel.UsEast1);
        return FunctionOutput.Write(report, FunctionJson.Default.DrainReport);
    }
}
