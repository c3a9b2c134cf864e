using System.Text;
using CsCheck;
using Orchestrator.Core;
using Orchestrator.Functions.Capacity;

namespace Orchestrator.Functions.Tests.Capacity;

/// <summary>
/// Every capacity decision function, given malformed input — arbitrary text, arbitrary JSON, or events
/// whose fields are present or not with values of any kind, including valid answers in the wrong place —
/// either answers or throws <see cref="InvalidInputException"/> with a message, so a bad event always fails
/// its state with a clear error (same property as the queue-drain functions').
/// </summary>
public class CapacityMalformedInputTests
{
    private static readonly Dictionary<string, Func<Stream, Stream>> Functions = new()
    {
        ["ParseInterruption"] = ParseInterruptionFunction.ParseInterruption,
        ["PlanReplacement"] = PlanReplacementFunction.PlanReplacement,
        ["ParseCapacityTrigger"] = ParseCapacityTriggerFunction.ParseCapacityTrigger,
        ["PlanBackfill"] = PlanBackfillFunction.PlanBackfill,
        ["PickInstancesToRetire"] = PickInstancesToRetireFunction.PickInstancesToRetire,
    };

    public static TheoryData<string> Handlers() => [.. Functions.Keys];

    private static readonly string[] Names = ["Event", "Settings", "Now", "Interruption", "Drained", "SpotPool", "OnDemand", "Observation", "Instances", "Health"];

    /// <summary>Values of every kind, plus real fragments (answers, settings, events) that are valid somewhere.</summary>
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("\"\""), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("-1"), Gen.Const("1e400"),
        Gen.Const("\"2026-01-01T00:10:00Z\""), Gen.Const("\"yesterday\""),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 8].Select(s => $"\"{s}\""),
        Gen.Const(CapacityEvents.StackSettings().ToJsonString()),
        Gen.Const(CapacityEvents.ParsedSettings().ToJsonString()),
        Gen.Const(CapacityEvents.Fleet(4, 1).ToJsonString()),
        Gen.Const(CapacityEvents.OnDemand(1, "i-0d000001").ToJsonString()),
        Gen.Const(CapacityEvents.ContainerInstances(("i-0d000001", "DRAINING", 0, "m5.large")).ToJsonString()),
        Gen.Const(CapacityEvents.Sample("spot-warning-eventbridge.json")!.ToJsonString()),
        Gen.Const(CapacityEvents.Sample("pending-capacity-alarm-sns-records.json")!.ToJsonString()),
        Gen.Const("""{"Checks":1,"FirstShortfallAt":"x"}"""),
        Gen.Const("""{"Item":{"Since":{"N":"abc"}}}"""),
        Gen.Const("""{"Kind":"interruption","InstanceId":"i-1234567890abcdef0","EventTime":"2026-01-01T00:00:00Z","Source":"sns"}"""));

    private static readonly Gen<string> EventLike = Gen.Select(Gen.Bool.Array[Names.Length], Value.Array[Names.Length], (present, values) =>
        "{" + string.Join(",", Names.Select((n, i) => (n, i)).Where(p => present[p.i]).Select(p => $"\"{p.n}\":{values[p.i]}")) + "}");

    private static readonly Gen<string> AnyText = Gen.OneOf(Gen.String, EventLike, EventLike, Value, Gen.Const(""), Gen.Const("{\"Settings\":{"));

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Function_AnyMalformedInput_AnswersOrThrowsInvalidInput(string name) =>
        AnyText.Sample(text => Assert.True(AnswersOrExplains(Functions[name], text), $"empty InvalidInputException message for {text}"), iter: 2000, seed: "0N0XIzNsQ0O2");

    /// <summary>True when the function answers, or refuses with an <see cref="InvalidInputException"/> that
    /// says something; any other exception propagates and fails the test.</summary>
    private static bool AnswersOrExplains(Func<Stream, Stream> function, string text)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        try
        {
            function(input).Dispose();
            return true;
        }
        catch (InvalidInputException e)
        {
            return e.Message.Trim().Length > 0;
        }
    }
}
