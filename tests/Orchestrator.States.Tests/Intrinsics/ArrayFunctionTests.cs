using Orchestrator.States.Tests.Paths;
using static Orchestrator.States.Tests.Intrinsics.IntrinsicTestKit;

namespace Orchestrator.States.Tests.Intrinsics;

public class ArrayFunctionTests
{
    [Fact]
    public void Array_AwsDocExample_WrapsValue()
    {
        // AWS docs: {"Id": 123456}, "BuildId.$": "States.Array($.Id)" → [123456].
        JsonAssert.Text("[123456]", Eval("States.Array($.Id)", """{"Id": 123456}"""));
    }

    [Fact]
    public void Array_MixedArguments_KeepsOrderAndTypes()
    {
        JsonAssert.Text("""["a",1,true,null,{"x":[1]},2.50]""", Eval("States.Array('a', 1, true, null, $.o, 2.50)", """{"o": {"x": [1]}}"""));
    }

    [Fact]
    public void Array_NoArguments_IsEmpty() => JsonAssert.Text("[]", Eval("States.Array()"));

    [Fact]
    public void ArrayPartition_AwsDocExample_ChunksOfFour()
    {
        // AWS docs: {"inputArray": [1,2,3,4,5,6,7,9]}, States.ArrayPartition($.inputArray,4) → [[1,2,3,4],[5,6,7,9]].
        JsonAssert.Text("[[1,2,3,4],[5,6,7,9]]", Eval("States.ArrayPartition($.inputArray,4)", """{"inputArray": [1,2,3,4,5,6,7,9]}"""));
    }

    [Fact]
    public void ArrayPartition_AslSpecExample_ThreeChunks()
    {
        // ASL spec, States.ArrayPartition: [1..9] in chunks of four → [[1,2,3,4],[5,6,7,8],[9]].
        JsonAssert.Text("[[1,2,3,4],[5,6,7,8],[9]]", Eval("States.ArrayPartition($.inputArray,4)", """{"inputArray": [1,2,3,4,5,6,7,8,9]}"""));
    }

    [Fact]
    public void ArrayPartition_Remainder_LastChunkShorter()
    {
        // AWS docs: "The length of the last array chunk may be less than the length of the previous array chunks".
        JsonAssert.Text("[[1,2],[3]]", Eval("States.ArrayPartition($.a, 2)", """{"a": [1,2,3]}"""));
        JsonAssert.Text("[]", Eval("States.ArrayPartition($.a, 2)", """{"a": []}"""));
    }

    [Fact]
    public void ArrayPartition_NonIntegerChunk_IsRounded()
    {
        // AWS docs: "If you specify a non-integer value for the second argument, Step Functions will round it off to the nearest integer."
        JsonAssert.Text("[[1,2],[3]]", Eval("States.ArrayPartition($.a, 1.5)", """{"a": [1,2,3]}"""));
    }

    [Theory]
    [InlineData("States.ArrayPartition($.a, 0)", "non-zero, positive")]
    [InlineData("States.ArrayPartition($.a, -1)", "non-zero, positive")]
    [InlineData("States.ArrayPartition($.s, 1)", "must be an array")]
    [InlineData("States.ArrayPartition($.a, 'x')", "must be an integer")]
    public void ArrayPartition_BadArguments_FailWithIntrinsicFailure(string call, string fragment)
    {
        var e = Fails(call, """{"a": [1], "s": "x"}""");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("States.ArrayPartition", e.Cause, StringComparison.Ordinal);
        Assert.Contains(fragment, e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayContains_AwsDocExample_True()
    {
        // AWS docs: {"inputArray": [1..9], "lookingFor": 5}, States.ArrayContains($.inputArray, $.lookingFor) → true.
        JsonAssert.Text("true", Eval("States.ArrayContains($.inputArray, $.lookingFor)", """{"inputArray": [1,2,3,4,5,6,7,8,9], "lookingFor": 5}"""));
    }

    [Theory]
    [InlineData("States.ArrayContains($.a, 'x')", "false")]
    [InlineData("States.ArrayContains($.a, 'b')", "true")]
    [InlineData("States.ArrayContains($.a, $.o)", "true")]
    [InlineData("States.ArrayContains($.a, null)", "true")]
    [InlineData("States.ArrayContains($.a, 2.0)", "true")]
    public void ArrayContains_MixedValues_ComparesAsJson(string call, string expected)
    {
        JsonAssert.Text(expected, Eval(call, """{"a": ["b", {"k": [1]}, null, 2], "o": {"k": [1]}}"""));
    }

    [Fact]
    public void ArrayRange_AwsDocExample_OddNumbers()
    {
        // AWS docs: States.ArrayRange(1, 9, 2) → [1,3,5,7,9].
        JsonAssert.Text("[1,3,5,7,9]", Eval("States.ArrayRange(1, 9, 2)"));
    }

    [Theory]
    [InlineData("States.ArrayRange(0, 3, 1)", "[0,1,2,3]")]
    [InlineData("States.ArrayRange(9, 1, -4)", "[9,5,1]")]
    [InlineData("States.ArrayRange(1, 10, 4)", "[1,5,9]")]
    [InlineData("States.ArrayRange(5, 5, 1)", "[5]")]
    [InlineData("States.ArrayRange(5, 1, 1)", "[]")]
    [InlineData("States.ArrayRange(1.4, 2.5, 1)", "[1,2,3]")]
    public void ArrayRange_Ranges_AreInclusiveOfEnd(string call, string expected)
    {
        JsonAssert.Text(expected, Eval(call));
    }

    [Fact]
    public void ArrayRange_ThousandItems_IsTheLimit()
    {
        // AWS docs: "The newly generated array can't contain more than 1000 items."
        Assert.Equal(1000, Eval("States.ArrayRange(1, 1000, 1)")!.AsArray().Count);
        var e = Fails("States.ArrayRange(1, 1001, 1)");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("1001 items", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayRange_ZeroStep_Fails()
    {
        // AWS docs: "You must specify a non-zero value for the third argument."
        Assert.Contains("non-zero", Fails("States.ArrayRange(1, 5, 0)").Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayGetItem_AwsDocExample_ReturnsElement()
    {
        // AWS docs: {"inputArray": [1..9], "index": 5}, States.ArrayGetItem($.inputArray, $.index) → 6.
        JsonAssert.Text("6", Eval("States.ArrayGetItem($.inputArray, $.index)", """{"inputArray": [1,2,3,4,5,6,7,8,9], "index": 5}"""));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void ArrayGetItem_IndexOutOfBounds_Fails(int index)
    {
        var e = Fails($"States.ArrayGetItem($.a, {index})", """{"a": [1,2,3]}""");
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
        Assert.Contains("out of bounds", e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayLength_AwsDocExample_Nine()
    {
        // AWS docs: States.ArrayLength($.inputArray) with nine items → 9.
        JsonAssert.Text("9", Eval("States.ArrayLength($.inputArray)", """{"inputArray": [1,2,3,4,5,6,7,8,9]}"""));
    }

    [Fact]
    public void ArrayLength_NotAnArray_Fails()
    {
        Assert.Contains("must be an array but was an object", Fails("States.ArrayLength($)", "{}").Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void ArrayUnique_AwsDocExample_RemovesDuplicates()
    {
        // AWS docs: {"inputArray": [1,2,3,3,3,3,3,3,4]}, States.ArrayUnique($.inputArray) → [1,2,3,4].
        JsonAssert.Text("[1,2,3,4]", Eval("States.ArrayUnique($.inputArray)", """{"inputArray": [1,2,3,3,3,3,3,3,4]}"""));
    }

    [Fact]
    public void ArrayUnique_MixedValues_KeepsFirstOccurrences()
    {
        JsonAssert.Text(
            """[null,true,"a",{"a":1,"b":2},[1],{"a":1}]""",
            Eval("States.ArrayUnique($.v)", """{"v": [null, true, "a", {"a":1,"b":2}, null, [1], {"b":2,"a":1}, true, [1], {"a":1}, "a"]}"""));
    }
}
