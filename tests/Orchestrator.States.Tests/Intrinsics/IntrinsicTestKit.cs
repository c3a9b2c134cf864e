using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Intrinsics;

/// <summary>Evaluates one intrinsic call against JSON input, as a payload-template field would.</summary>
internal static class IntrinsicTestKit
{
    public static JsonNode? Eval(string call, string input = "{}", long seed = 42) =>
        IntrinsicExpression.Parse(call).Evaluate(JsonNode.Parse(input), JsonNode.Parse("{}"), new IntrinsicContext(new SeededRandom(seed)));

    public static string EvalWithContext(string call, string context) =>
        IntrinsicExpression.Parse(call).Evaluate(new JsonObject(), JsonNode.Parse(context), new IntrinsicContext(new SeededRandom(1)))!.GetValue<string>();

    public static StatesException Fails(string call, string input = "{}") =>
        Assert.Throws<StatesException>(() => Eval(call, input));
}
