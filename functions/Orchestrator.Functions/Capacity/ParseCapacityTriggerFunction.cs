using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>State <c>ParseCapacityTrigger</c> (capacity-backfill and return-to-spot): the alarm or
/// schedule event and the stack's settings in, a <see cref="CapacityStart"/> out.</summary>
/// <remarks>Event: <c>{"Event": any, "Settings": {name: string}, "Now": "ISO 8601"}</c>.</remarks>
public static class ParseCapacityTriggerFunction
{
    public static Stream ParseCapacityTrigger(Stream input)
    {
        var e = FunctionInput.Read(input);
        var start = CapacityStart.Begin(e.Node("Event"), e.StringMap("Settings"), e.Time("Now"));
        return FunctionOutput.Write(start, CapacityJson.Default.CapacityStart);
    }
}
