using System.Text.Json.Nodes;
using CsCheck;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Paths;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Paths;

/// <summary>Random text must give a parse result or a FormatException, never another exception.</summary>
public class ParserFuzzTests
{
    private static readonly Gen<string> PathLike =
        Gen.OneOf(Gen.Char["$.[]'\"*?@()<>=!&|,:-0123ab /\\~"], Gen.Char['\u0000', '\u00FF']).Array[0, 24].Select(c => new string(c));

    private static readonly Gen<(string, string)> CallLike = Gen.Select(
        Gen.OneOf(Gen.Const("States.Format("), Gen.Const("States.Array("), Gen.Const("States.MathAdd("), Gen.Const("States.Hash(")),
        Gen.Char["$.'\\{}(),0123-ab @[]?"].Array[0, 24].Select(c => new string(c)));

    [Fact]
    public void JsonPathTryParse_RandomText_NeverThrows()
    {
        PathLike.Sample(text =>
        {
            if (JsonPathExpression.TryParse("$" + text, out var expression, out var error))
            {
                expression!.TryEvaluate(JsonNode.Parse("""{"a": [1, {"b": 2}], "ab": "x"}"""), out _);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(error));
            }

            ReferencePath.TryParse("$" + text, out _, out _);
        });
    }

    [Fact]
    public void IntrinsicTryParse_RandomArguments_NeverThrowsAndEvaluatesToStatesErrors()
    {
        CallLike.Sample((name, args) =>
        {
            if (!IntrinsicExpression.TryParse(name + args, out var expression, out var error))
            {
                Assert.False(string.IsNullOrEmpty(error));
                return;
            }

            try
            {
                expression!.Evaluate(JsonNode.Parse("""{"a": 1}"""), null, new IntrinsicContext(new SeededRandom(1)));
            }
            catch (StatesException)
            {
                // Bad arguments are reported as States errors; anything else fails the test.
            }
        });
    }
}
