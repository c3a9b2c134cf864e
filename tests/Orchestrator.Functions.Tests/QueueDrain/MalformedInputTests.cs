using System.Text;
using CsCheck;
using Orchestrator.Core;
using Orchestrator.Functions.QueueDrain;

namespace Orchestrator.Functions.Tests.QueueDrain;

/// <summary>
/// Every decision function, given any malformed input — arbitrary text, arbitrary JSON, or a valid
/// event with a field removed or replaced — either answers or throws
/// <see cref="InvalidInputException"/> with a message. Nothing else escapes (no NullReference,
/// KeyNotFound, InvalidOperation…), so a bad event always fails its state with a clear error.
/// </summary>
public class MalformedInputTests
{
    public static TheoryData<string> Handlers() => [.. Functions.Keys];

    private static readonly Dictionary<string, Func<Stream, Stream>> Functions = new()
    {
        ["ParseDrainTrigger"] = ParseDrainTriggerFunction.ParseDrainTrigger,
        ["PlanDrainLanes"] = PlanDrainLanesFunction.PlanDrainLanes,
        ["BuildDrainBatch"] = BuildDrainBatchFunction.BuildDrainBatch,
        ["ClassifyDrainOutcome"] = ClassifyDrainOutcomeFunction.ClassifyDrainOutcome,
        ["SummarizeDrainCycle"] = SummarizeDrainCycleFunction.SummarizeDrainCycle,
    };

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Const("null"), Gen.Const("true"), Gen.Const("\"\""), Gen.Const("[]"), Gen.Const("{}"), Gen.Const("-1"),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 8].Select(s => $"\"{s}\""));

    /// <summary>JSON objects whose fields are the ones the functions read, each present or not, with
    /// values of any kind.</summary>
    private static readonly Gen<string> EventLike =
        Gen.Select(
            Gen.Bool.Array[14],
            Scalar.Array[14],
            (present, values) =>
            {
                string[] names = ["Event", "Settings", "ExecutionName", "Now", "Queue", "Running", "Report", "Receives", "BatchId", "Run", "Messages", "Capacity", "BatchesPerLane", "Done"];
                var fields = names.Where((_, i) => present[i]).Select((n, i) => $"\"{n}\":{values[i]}");
                return "{" + string.Join(",", fields) + "}";
            });

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        EventLike,
        Scalar,
        Gen.Const(""),
        Gen.Const("{\"Settings\":{\"QueueUrl\":"));

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Function_AnyMalformedInput_AnswersOrThrowsInvalidInput(string name)
    {
        var function = Functions[name];
        AnyText.Sample(text =>
        {
            try
            {
                using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
                using var output = function(input);
            }
            catch (InvalidInputException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }
}
