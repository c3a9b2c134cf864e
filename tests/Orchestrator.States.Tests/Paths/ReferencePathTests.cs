using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Tests.Paths;

public class ReferencePathTests
{
    [Fact]
    public void Apply_AwsResultPathDocExample_AddsResultToInput()
    {
        // AWS docs, "Specifying state output using ResultPath": ResultPath "$.taskresult" keeps the input and adds the result.
        var input = JsonNode.Parse("""{"comment": "This is a test of the input and output of a Task state.", "details": "Default example", "who": "AWS Step Functions"}""");
        var output = ReferencePath.Parse("$.taskresult").Apply(input, JsonValue.Create("Hello, AWS Step Functions!"));
        JsonAssert.Equal(
            """{"comment": "This is a test of the input and output of a Task state.", "details": "Default example", "who": "AWS Step Functions", "taskresult": "Hello, AWS Step Functions!"}""",
            output);
    }

    [Fact]
    public void Apply_AwsUpdateNodeDocExample_ReplacesExistingNode()
    {
        // AWS docs, "Use ResultPath to update a node in the input with the result": $.master.detail becomes the sum 6.
        var input = JsonNode.Parse("""{"master": {"detail": [1, 2, 3]}}""");
        var output = ReferencePath.Parse("$.master.detail").Apply(input, JsonValue.Create(6));
        JsonAssert.Equal("""{"master": {"detail": 6}}""", output);
    }

    [Fact]
    public void Apply_Root_ReplacesInputWithResult()
    {
        // AWS docs: the default ResultPath "$" replaces the input with the result.
        var output = ReferencePath.Parse("$").Apply(JsonNode.Parse("""{"a": 1}"""), JsonNode.Parse("""{"b": 2}"""));
        JsonAssert.Equal("""{"b": 2}""", output);
    }

    [Fact]
    public void Apply_MissingIntermediateObjects_AreCreated()
    {
        // ASL spec: "a new field is created … with intervening fields constructed as necessary".
        var output = ReferencePath.Parse("$.a.b['c d'].e").Apply(JsonNode.Parse("""{"x": 1}"""), JsonValue.Create(true));
        JsonAssert.Equal("""{"x": 1, "a": {"b": {"c d": {"e": true}}}}""", output);
    }

    [Fact]
    public void Apply_ArrayIndex_ReplacesExistingElement()
    {
        var output = ReferencePath.Parse("$.list[1].v").Apply(JsonNode.Parse("""{"list": [{"v": 0}, {"v": 0}]}"""), JsonValue.Create(9));
        JsonAssert.Equal("""{"list": [{"v": 0}, {"v": 9}]}""", output);
    }

    [Fact]
    public void Apply_AnyInput_LeavesInputAndValueUnchanged()
    {
        var input = JsonNode.Parse("""{"a": {"b": 1}}""");
        var value = JsonNode.Parse("""{"c": 2}""");
        var output = ReferencePath.Parse("$.a.r").Apply(input, value);
        JsonAssert.Equal("""{"a": {"b": 1}}""", input);
        JsonAssert.Equal("""{"a": {"b": 1, "r": {"c": 2}}}""", output);
    }

    [Fact]
    public void ApplyInPlace_ValueTakenFromTheInput_IsCopiedNotCycled()
    {
        // A Pass state with no Result passes its input as the result: "$.copy" must get a copy.
        var input = JsonNode.Parse("""{"a": 1}""");
        var output = ReferencePath.Parse("$.copy").ApplyInPlace(input, input);
        JsonAssert.Equal("""{"a": 1, "copy": {"a": 1}}""", output);
    }

    [Fact]
    public void Apply_InputAsItsOwnValue_LeavesInputDetachedAndUnchanged()
    {
        var input = JsonNode.Parse("""{"a": 1}""");
        var output = ReferencePath.Parse("$.copy").Apply(input, input);
        JsonAssert.Equal("""{"a": 1, "copy": {"a": 1}}""", output);
        JsonAssert.Equal("""{"a": 1}""", input);
        Assert.Null(input!.Parent);
    }

    [Fact]
    public void Apply_ValueWithParent_IsCopied()
    {
        var other = JsonNode.Parse("""{"v": [1]}""");
        var output = ReferencePath.Parse("$.r").Apply(JsonNode.Parse("{}"), other!["v"]);
        JsonAssert.Equal("""{"r": [1]}""", output);
        JsonAssert.Equal("""{"v": [1]}""", other);
    }

    [Theory]
    [InlineData("$.a.b", """{"a": "text"}""")]
    [InlineData("$.a", "\"just a string\"")]
    [InlineData("$.a", "[1, 2]")]
    [InlineData("$.a[5]", """{"a": [1]}""")]
    [InlineData("$[0]", """{"a": 1}""")]
    public void Apply_ThroughNonObject_ThrowsReferencePathConflict(string path, string input)
    {
        // Recorded on AWS as States.ReferencePathConflict (cdklabs/construct-hub#459).
        var e = Assert.Throws<StatesException>(() => ReferencePath.Parse(path).Apply(JsonNode.Parse(input), JsonValue.Create(1)));
        Assert.Equal("States.ReferencePathConflict", e.Error);
        Assert.Contains(path, e.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ToStringInput_UsesRecordedAwsCause()
    {
        // Recorded from AWS (aws-cdk issue #29473): the Lambda Payload was a JSON string, ResultPath "$.partitioned".
        var input = JsonValue.Create("{\"min_size\":10000,\"max_partitions\":100,\"batch_size\":100}");
        var e = Assert.Throws<StatesException>(() => ReferencePath.Parse("$.partitioned").Apply(input, JsonValue.Create(1)));
        Assert.Equal("States.ReferencePathConflict", e.Error);
        Assert.Equal(
            "Unable to apply ReferencePath $.partitioned to input \"{\\\"min_size\\\":10000,\\\"max_partitions\\\":100,\\\"batch_size\\\":100}\"",
            e.Cause);
    }

    [Theory]
    [InlineData("$$.Execution.Id", "context object")]
    [InlineData("$.a[*]", "only")]
    [InlineData("$..a", "only")]
    [InlineData("$.a[?(@.x)]", "only")]
    [InlineData("$.a[0:1]", "only")]
    [InlineData("$['a','b']", "only")]
    [InlineData("a", "must start with '$'")]
    public void Parse_NotAReferencePath_ThrowsFormatException(string path, string fragment)
    {
        // AWS "Reference paths": "The operators @ .. , : ? * aren't supported"; ResultPath cannot use $$.
        var e = Assert.Throws<FormatException>(() => ReferencePath.Parse(path));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Invalid_ReturnsFalseWithError()
    {
        Assert.False(ReferencePath.TryParse("$..x", out var path, out var error));
        Assert.Null(path);
        Assert.NotNull(error);
        Assert.True(ReferencePath.TryParse("$.x", out path, out _));
        Assert.Equal("$.x", path!.Text);
    }
}
