using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Paths;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Tests.Paths;

public class PayloadTemplateTests
{
    private static readonly IntrinsicContext Intrinsics = new(new SeededRandom(1));

    private static JsonNode? Apply(string template, string input, string? context = null) =>
        PayloadTemplate.Parse(JsonNode.Parse(template)).Apply(JsonNode.Parse(input), context is null ? null : JsonNode.Parse(context), Intrinsics);

    [Fact]
    public void Apply_AwsParametersDocExample_SelectsAndKeepsStaticValues()
    {
        // AWS docs, "Manipulate parameters … InputPath, Parameters and ResultSelector": input, Parameters and output as given there.
        var output = Apply(
            """{"comment": "Selecting what I care about.", "MyDetails": {"size.$": "$.product.details.size", "exists.$": "$.product.availability", "StaticValue": "foo"}}""",
            """{"comment": "Example for Parameters.", "product": {"details": {"color": "blue", "size": "small", "material": "cotton"}, "availability": "in stock", "sku": "2317", "cost": "$23"}}""");
        JsonAssert.Equal(
            """{"comment": "Selecting what I care about.", "MyDetails": {"size": "small", "exists": "in stock", "StaticValue": "foo"}}""",
            output);
    }

    [Fact]
    public void Apply_AslSpecParametersExample_SelectsIndexAndSlice()
    {
        // Amazon States Language spec, "Parameters": effective input for this template and raw input as given there.
        var output = Apply(
            """{"flagged": true, "parts": {"first.$": "$.vals[0]", "last3.$": "$.vals[3:]"}}""",
            """{"flagged": 7, "vals": [0, 10, 20, 30, 40, 50]}""");
        JsonAssert.Equal("""{"flagged": true, "parts": {"first": 0, "last3": [30, 40, 50]}}""", output);
    }

    [Fact]
    public void Apply_AwsResultSelectorDocExample_PicksFieldsFromResult()
    {
        // AWS docs, ResultSelector example (EMR addStep result, trimmed): "ClusterId.$" and "ResourceType.$".
        var output = Apply(
            """{"ClusterId.$": "$.output.ClusterId", "ResourceType.$": "$.resourceType"}""",
            """{"resourceType": "elasticmapreduce", "resource": "addStep.sync", "output": {"SdkHttpMetadata": {"HttpStatusCode": 200}, "ClusterId": "AKIAIOSFODNN7EXAMPLE", "StepId": "s-1234567890123"}}""");
        JsonAssert.Equal("""{"ClusterId": "AKIAIOSFODNN7EXAMPLE", "ResourceType": "elasticmapreduce"}""", output);
    }

    [Fact]
    public void Apply_ContextPaths_ReadTheContextObject()
    {
        // AWS docs, Map ItemSelector example: "ContextIndex.$": "$$.Map.Item.Index", "ContextValue.$": "$$.Map.Item.Value".
        var output = Apply(
            """{"ContextIndex.$": "$$.Map.Item.Index", "ContextValue.$": "$$.Map.Item.Value", "Execution.$": "$$.Execution.Id"}""",
            "{}",
            """{"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:m:e"}, "Map": {"Item": {"Index": 0, "Value": {"who": "bob"}}}}""");
        JsonAssert.Equal(
            """{"ContextIndex": 0, "ContextValue": {"who": "bob"}, "Execution": "arn:aws:states:us-east-1:123456789012:execution:m:e"}""",
            output);
    }

    [Fact]
    public void Apply_IntrinsicField_EvaluatesTheCall()
    {
        // AWS docs, States.Format example: "Hello, my name is Arnav."
        var output = Apply("""{"greeting.$": "States.Format('Hello, my name is {}.', $.name)"}""", """{"name": "Arnav"}""");
        JsonAssert.Equal("""{"greeting": "Hello, my name is Arnav."}""", output);
    }

    [Fact]
    public void Apply_DynamicKeysInsideArrays_AreResolved()
    {
        // The ECS runTask.sync pattern: Overrides.ContainerOverrides[].Environment[].Value.$
        var output = Apply(
            """{"Overrides": {"ContainerOverrides": [{"Name": "worker", "Environment": [{"Name": "JOB", "Value.$": "$.job"}]}]}}""",
            """{"job": "j-1"}""");
        JsonAssert.Equal("""{"Overrides": {"ContainerOverrides": [{"Name": "worker", "Environment": [{"Name": "JOB", "Value": "j-1"}]}]}}""", output);
    }

    [Fact]
    public void Apply_NumbersAndMembers_KeepTextAndOrder()
    {
        var output = Apply("""{"z": 1.0, "n.$": "$.n", "a": [1, 2.50]}""", """{"n": 10}""");
        JsonAssert.Text("""{"z":1.0,"n":10,"a":[1,2.50]}""", output);
    }

    [Fact]
    public void Apply_OutputModified_InputAndTemplateUnchanged()
    {
        var template = PayloadTemplate.Parse(JsonNode.Parse("""{"o.$": "$.o", "k": {"x": 1}}"""));
        var input = JsonNode.Parse("""{"o": {"v": 1}}""");
        var first = template.Apply(input, null, Intrinsics)!;
        first["o"]!["v"] = 2;
        first["k"]!["x"] = 2;
        JsonAssert.Equal("""{"o": {"v": 1}}""", input);
        JsonAssert.Equal("""{"o": {"v": 1}, "k": {"x": 1}}""", template.Apply(input, null, Intrinsics));
    }

    [Fact]
    public void Apply_WholeInputTwice_CopiesAndLeavesInputDetached()
    {
        var input = JsonNode.Parse("""{"a": 1}""");
        var output = PayloadTemplate.Parse(JsonNode.Parse("""{"x.$": "$", "y.$": "$"}""")).Apply(input, null, Intrinsics);
        JsonAssert.Equal("""{"x": {"a": 1}, "y": {"a": 1}}""", output);
        Assert.Null(input!.Parent);
    }

    [Fact]
    public void Apply_IndefinitePath_GivesArray()
    {
        JsonAssert.Equal("""{"ids": [1, 2]}""", Apply("""{"ids.$": "$.items[*].id"}""", """{"items": [{"id": 1}, {"id": 2}]}"""));
    }

    [Fact]
    public void Apply_MissingPath_ThrowsRuntimeWithAwsCause()
    {
        var e = Assert.Throws<StatesException>(() => Apply("""{"value.$": "$.x"}""", """{"a": 1}"""));
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Equal("The JSONPath '$.x' specified for the field 'value.$' could not be found in the input '{\"a\":1}'", e.Cause);
    }

    [Fact]
    public void Apply_MissingNestedPath_MatchesStepFunctionsLocalRecording()
    {
        // Recorded with AWS Step Functions Local 2.0.0 (floci issue #2521): Parameters {"missing.$": "$.nope.deep"}, input {"other": 1}.
        var e = Assert.Throws<StatesException>(() => Apply("""{"missing.$": "$.nope.deep"}""", """{"other": 1}"""));
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Equal("The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{\"other\":1}'", e.Cause);
    }

    [Fact]
    public void Apply_PathFunction_FailsLikeRecordedAwsExecution()
    {
        // Recorded AWS cause (re:Post QUYiQKP0XfThWEc_ahsMnLOA), after the "An error occurred while executing the state" prefix.
        var e = Assert.Throws<StatesException>(() => Apply("""{"Jobs.$": "$.Jobs.sum()"}""", """{"Jobs":[0,0,1]}"""));
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Equal("The JSONPath '$.Jobs.sum()' specified for the field 'Jobs.$' could not be found in the input '{\"Jobs\":[0,0,1]}'", e.Cause);
    }

    [Theory]
    [InlineData("""{"Input.$": "$"}""")]
    [InlineData("""{"v.$": "States.Array($.a)"}""")]
    public void Apply_NullInputWithInputPaths_FailsWithRecordedAwsCause(string template)
    {
        // Recorded AWS cause for Parameters {"Input.$": "$"} over a null state input.
        var e = Assert.Throws<StatesException>(() => Apply(template, "null"));
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Equal("Unable to apply Path transformation to null or empty input.", e.Cause);
    }

    [Fact]
    public void Apply_NullInputWithOnlyContextPaths_Succeeds()
    {
        JsonAssert.Equal("""{"id": "x", "k": 1}""", Apply("""{"id.$": "$$.Execution.Id", "k": 1}""", "null", """{"Execution": {"Id": "x"}}"""));
    }

    [Fact]
    public void Apply_MissingPathInsideIntrinsic_NamesTheField()
    {
        var e = Assert.Throws<StatesException>(() => Apply("""{"v.$": "States.Array($.nope)"}""", "{}"));
        Assert.Equal(StatesErrorNames.Runtime, e.Error);
        Assert.Equal("The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{}'", e.Cause);
    }

    [Fact]
    public void Apply_BadIntrinsicArgument_ThrowsIntrinsicFailure()
    {
        var e = Assert.Throws<StatesException>(() => Apply("""{"v.$": "States.ArrayLength($.s)"}""", """{"s": "x"}"""));
        Assert.Equal(StatesErrorNames.IntrinsicFailure, e.Error);
    }

    [Fact]
    public void Apply_NonObjectTemplate_IsCopied()
    {
        JsonAssert.Equal("[1, {\"a\": 2}]", Apply("[1, {\"a\": 2}]", "{}"));
        JsonAssert.Equal("\"s\"", Apply("\"s\"", "{}"));
    }

    [Theory]
    [InlineData("""{"a": 1, "a.$": "$.x"}""", "'a' and 'a.$'")]
    [InlineData("""{"outer": {"v.$": 5}}""", "(at /outer/v.$), but it is not a string")]
    [InlineData("""{"list": [{"v.$": "nope"}]}""", "(at /list/0/v.$)")]
    [InlineData("""{"v.$": "$.a["}""", "unterminated")]
    [InlineData("""{"v.$": "States.Nope(1)"}""", "unknown intrinsic function 'States.Nope'")]
    [InlineData("""{"v.$": "States.ArrayLength()"}""", "takes 1 argument(s) but 0 were given")]
    public void Parse_InvalidDynamicField_ThrowsFormatExceptionNamingTheKey(string template, string fragment)
    {
        var e = Assert.Throws<FormatException>(() => PayloadTemplate.Parse(JsonNode.Parse(template)));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a.$": "$.x", "b": "$$.not-dynamic"}""", false)]
    [InlineData("""{"a": [{"b.$": "$$.Map.Item.Value"}]}""", true)]
    [InlineData("""{"a.$": "States.Format('{}', States.Array($$.Execution.Id))"}""", true)]
    [InlineData("""{"a.$": "States.Format('$$ {}', $.x)"}""", false)]
    public void UsesContext_DynamicValues_TrueOnlyWhenOneReadsTheContext(string template, bool expected)
    {
        Assert.Equal(expected, PayloadTemplate.Parse(JsonNode.Parse(template)).UsesContext);
    }

    [Fact]
    public void TryParse_Invalid_ReturnsFalseWithError()
    {
        Assert.False(PayloadTemplate.TryParse(JsonNode.Parse("""{"v.$": 1}"""), out var template, out var error));
        Assert.Null(template);
        Assert.Contains("must be a valid JSONPath or a valid intrinsic function call", error, StringComparison.Ordinal);
    }
}
