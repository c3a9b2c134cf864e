using Orchestrator.Core.QueueDrain;

namespace Orchestrator.Functions.QueueDrain;

/// <summary>State <c>ParseDrainTrigger</c>: the trigger event (or a hand-over) and the stack's
/// settings in, a <see cref="DrainStart"/> out.</summary>
/// <remarks>Event: <c>{"Event": any, "Settings": {name: string}, "ExecutionName": "…", "Now": "ISO 8601"}</c>.</remarks>
public static class ParseDrainTriggerFunction
{
    public static Stream ParseDrainTrigger(Stream input)
    {
        var e = FunctionInput.Read(input);
        var start = DrainStarter.Begin(
            e.Node("Event"),
            e.StringMap("Settings"),
            e.String("ExecutionName"),
            e.Time("Now"),
            report => System.Text.Json.JsonSerializer.Deserialize(report, FunctionJson.Default.DrainReport)
                ?? throw new Core.InvalidInputException("handover report is null."));
        return FunctionOutput.Write(start, FunctionJson.Default.DrainStart);
    }
}
