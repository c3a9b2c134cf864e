using Orchestrator.Core.Capacity;

namespace Orchestrator.Functions.Capacity;

/// <summary>State <c>ParseInterruption</c> (spot-interruption): the EC2 event and the stack's settings in,
/// an <see cref="InterruptionStart"/> out.</summary>
/// <remarks>Event: <c>{"Event": any, "Settings": {name: string}, "Now": "ISO 8601"}</c>.</remarks>
public static class ParseInterruptionFunction
{
    public static Stream ParseInterruption(Stream input)
    {
        var e = FunctionInput.Read(input);
        var start = InterruptionStart.Begin(e.Node("Event"), e.StringMap("Settings"), e.Time("Now"));
        return FunctionOutput.Write(start, CapacityJson.Default.InterruptionStart);
    }
}
