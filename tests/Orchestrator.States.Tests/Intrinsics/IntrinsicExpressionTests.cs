using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Tests.Paths;
using Orchestrator.States.Timing;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class IntrinsicExpressionTests
{
    [Fact]
    public void Parse_ValidCall_KeepsTextAndFunctionName()
    {
        var expression = IntrinsicExpression.Parse("States.MathAdd(1, 2)");
        Assert.Equal("States.MathAdd(1, 2)", expression.Text);
        Assert.Equal("States.MathAdd(1, 2)", expression.ToString());
        Assert.Equal("States.MathAdd", expression.FunctionName);
    }

    [Fact]
    public void Evaluate_ContextPathArgument_ReadsContext()
    {
        // The LocalStack issue #9771 definition AWS accepts: nested calls over $$.StateMachine.Name.
        var expression = IntrinsicExpression.Parse("States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))");
        var result = expression.Evaluate(new JsonObject(), JsonNode.Parse("""{"StateMachine": {"Name": "my-state-machine"}}"""), new IntrinsicContext(new SeededRandom(1)));
        JsonAssert.Text("\"machine\"", result);
    }

    [Fact]
    public void Evaluate_ElementOfInput_ResultHasNoParent()
    {
        var result = Eval("States.ArrayGetItem($.a, 0)", """{"a": [{"x": 1}]}""");
        Assert.Null(result!.Parent);
    }

    [Fact]
    public void Evaluate_MissingPath_IsStatesRuntime()
    {
        var e = Fails("States.ArrayLength($.nope)", """{"a": 1}""");
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Contains("$.nope", e.Cause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.Array( 1 ,  'a' )", """[1,"a"]""")]
    [InlineData("States.Array(-1.5e2, 0)", "[-1.5e2,0]")]
    [InlineData("States.Array($['a,b'], $.c[?(@.v > 1)].v)", """[1,[2]]""")]
    [InlineData("States.Array('a,b)', 'it\\'s')", """["a,b)","it's"]""")]
    public void Parse_ArgumentForms_AreRead(string call, string expected)
    {
        JsonAssert.Text(expected, Eval(call, """{"a,b": 1, "c": [{"v": 1}, {"v": 2}]}"""));
    }

    [Fact]
    public void Parse_TenNestedCalls_Allowed_ElevenRejected()
    {
        // AWS docs: "You can nest up to 10 intrinsic functions within a field".
        static string Nest(int depth) => depth == 1 ? "States.Array(1)" : $"States.Array({Nest(depth - 1)})";
        IntrinsicExpression.Parse(Nest(10));
        var e = Assert.Throws<FormatException>(() => IntrinsicExpression.Parse(Nest(11)));
        Assert.Contains("at most 10 intrinsic functions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ElevenCallsSideBySide_Rejected()
    {
        // AWS docs count every call in a field: their "myArn.$" example, five deep, "includes nine nested intrinsic functions".
        IntrinsicExpression.Parse("States.Array(" + string.Join(", ", Enumerable.Repeat("States.UUID()", 9)) + ")");
        var e = Assert.Throws<FormatException>(() => IntrinsicExpression.Parse("States.Array(" + string.Join(", ", Enumerable.Repeat("States.UUID()", 10)) + ")"));
        Assert.Contains("at most 10 intrinsic functions", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("States.Nope()", "unknown intrinsic function 'States.Nope'")]
    [InlineData("states.Array()", "unknown intrinsic function 'states.Array'")]
    [InlineData("States.Array", "expected '('")]
    [InlineData("States.Array(1", "missing ')'")]
    [InlineData("States.Array(1 2)", "expected ',' or ')'")]
    [InlineData("States.Array('x)", "unterminated string")]
    [InlineData("States.Array(1) extra", "unexpected 'e' after the call")]
    [InlineData("States.Array(1,)", "unexpected ')'")]
    [InlineData("States.Array(1.2.3)", "not a number")]
    [InlineData("States.Array($.a[)", "bad path argument")]
    [InlineData("States.Array($['a\\", "bad path argument")]
    [InlineData("States.Array(\"x\")", "unexpected '\"'")]
    [InlineData("States.UUID(1)", "takes 0 argument(s) but 1 were given")]
    [InlineData("States.MathRandom(1)", "takes 2 to 3 argument(s) but 1 were given")]
    [InlineData("States.Format()", "takes at least 1 argument(s) but 0 were given")]
    [InlineData("States.JsonMerge($.a, $.b)", "takes 3 argument(s) but 2 were given")]
    [InlineData("", "expected an intrinsic function name")]
    public void Parse_BadCalls_ThrowFormatException(string call, string fragment)
    {
        var e = Assert.Throws<FormatException>(() => IntrinsicExpression.Parse(call));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Invalid_ReturnsFalseWithError()
    {
        Assert.False(IntrinsicExpression.TryParse("States.Bad()", out var expression, out var error));
        Assert.Null(expression);
        Assert.NotNull(error);
        Assert.True(IntrinsicExpression.TryParse("States.UUID()", out expression, out _));
        Assert.NotNull(expression);
    }

    [Theory]
    [InlineData("States.Array()", true)]
    [InlineData("  States.Format('x')", true)]
    [InlineData("$.a", false)]
    [InlineData("Statesx", false)]
    public void LooksLikeCall_CallsAndPaths_TellsThemApart(string text, bool expected)
    {
        Assert.Equal(expected, IntrinsicExpression.LooksLikeCall(text));
    }
}
