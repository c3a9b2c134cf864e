using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class MathFunctionTests
{
    [Fact]
    public void MathAdd_AwsDocExample_MatchesDocOutput()
    {
        // AWS docs: {"value1": 111, "step": -1}, States.MathAdd($.value1, $.step) → 110.
        JsonAssert.Text("110", Eval("States.MathAdd($.value1, $.step)", """{"value1": 111, "step": -1}"""));
    }

    [Fact]
    public void MathAdd_Integers_StayIntegers_NotDecimals() => JsonAssert.Text("3", Eval("States.MathAdd(1, 2)"));

    [Theory]
    [InlineData("-9", "3", "-6")]
    [InlineData("1.49", "1.5", "3")]
    [InlineData("1.5", "1.51", "4")]
    [InlineData("-1.49", "-1.5", "-2")]
    [InlineData("-1.5", "-1.51", "-3")]
    public void MathAdd_RecordedAwsInputs_GiveRecordedSums(string first, string second, string expected)
    {
        // Recorded against AWS: LocalStack tests/aws/services/stepfunctions/v2/intrinsic_functions/
        // test_math_operations.snapshot.json, test_math_add (States.MathAdd($.fst, $.snd)).
        JsonAssert.Text(expected, Eval("States.MathAdd($.fst, $.snd)", $$"""{"fst": {{first}}, "snd": {{second}}}"""));
    }

    [Theory]
    [InlineData("States.MathAdd(1.5, 1)", "3")]
    [InlineData("States.MathAdd(1.4, 1)", "2")]
    [InlineData("States.MathAdd(-1.5, 0)", "-1")]
    [InlineData("States.MathAdd(2147483647, 1)", "2147483648")]
    public void MathAdd_NonIntegers_RoundHalfUpLikeJava(string call, string expected)
    {
        // AWS docs: non-integer arguments are rounded to the nearest integer (Java Math.round: halves go up).
        JsonAssert.Text(expected, Eval(call));
    }

    [Theory]
    [InlineData("States.MathAdd('1', 2)", "argument 1 must be an integer but was a string")]
    [InlineData("States.MathAdd(1, 2147483648)", "between -2147483648 and 2147483647")]
    [InlineData("States.MathAdd(1, null)", "argument 2 must be an integer but was null")]
    public void MathAdd_BadArguments_Fail(string call, string fragment)
    {
        var e = Fails(call);
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains(fragment, e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void MathRandom_AwsDocExample_InRange()
    {
        // AWS docs: {"start": 1, "end": 999}, States.MathRandom($.start, $.end) → a number such as 456.
        for (var seed = 0; seed < 200; seed++)
        {
            var value = Eval("States.MathRandom($.start, $.end)", """{"start": 1, "end": 999}""", seed)!.GetValue<long>();
            Assert.InRange(value, 1, 998);
        }
    }

    [Fact]
    public void MathRandom_SameRunSeed_SameNumber()
    {
        Assert.Equal(
            Eval("States.MathRandom(0, 1000000)", seed: 7)!.ToJsonString(),
            Eval("States.MathRandom(0, 1000000)", seed: 7)!.ToJsonString());
    }

    [Fact]
    public void MathRandom_SeedArgument_IgnoresRunSeed()
    {
        Assert.Equal(
            Eval("States.MathRandom(0, 1000000, 1234)", seed: 1)!.ToJsonString(),
            Eval("States.MathRandom(0, 1000000, 1234)", seed: 2)!.ToJsonString());
    }

    [Fact]
    public void MathRandom_RecordedAwsInputs_Succeed()
    {
        // Recorded against AWS (LocalStack test_math_random): (12.50, 44.51), (9999, 99999), (-99999, -9999) all succeed.
        Assert.InRange(Eval("States.MathRandom(12.50, 44.51)")!.GetValue<long>(), 13, 44);
        Assert.InRange(Eval("States.MathRandom(9999, 99999)")!.GetValue<long>(), 9999, 99998);
        Assert.InRange(Eval("States.MathRandom(-99999, -9999)")!.GetValue<long>(), -99999, -10000);
        Assert.InRange(Eval("States.MathRandom(0, 999, 3)")!.GetValue<long>(), 0, 998);
    }

    [Fact]
    public void MathRandom_RangeOfOne_IsStart() => JsonAssert.Text("5", Eval("States.MathRandom(5, 6)"));

    [Theory]
    [InlineData("States.MathRandom(5, 5)", "must be greater than the start")]
    [InlineData("States.MathRandom('a', 5)", "argument 1 must be an integer")]
    [InlineData("States.MathRandom(1, 5, 'seed')", "argument 3 must be an integer")]
    public void MathRandom_BadArguments_Fail(string call, string fragment)
    {
        Assert.Contains(fragment, Fails(call).Cause, StringComparison.Ordinal);
    }
}
