using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Integrations;
using Orchestrator.States.Tests.Execution;

namespace Orchestrator.States.Tests.Integrations;

public class LambdaIntegrationTests
{
    private static LambdaIntegration Functions() => new(new Dictionary<string, Func<JsonNode?, JsonNode?>>
    {
        ["double"] = p => JsonValue.Create((int)p!["n"]! * 2),
        ["broken"] = _ => throw new InvalidOperationException("nope"),
    });

    [Fact]
    public void Run_FunctionArnResource_ResultIsPayload()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:double","End":true}}}
            """, """{"n":21}""", integrations: [Functions()]);

        Assert.Equal("42", Run.Json(result.Output));
        Assert.Contains("LambdaFunctionSucceeded", Run.Types(result));
    }

    [Fact]
    public void Run_LambdaInvoke_ResultIsInvokeResponse()
    {
        // AWS docs (Invoke Lambda with Step Functions): the result holds ExecutedVersion, Payload,
        // SdkHttpMetadata, SdkResponseMetadata and StatusCode.
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"arn:aws:lambda:us-east-1:123456789012:function:double:live","Payload.$":"$"},"End":true}}}
            """, """{"n":2}""", integrations: [Functions()]);

        var output = result.Output!.AsObject();
        Assert.Equal(["ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"], output.Select(p => p.Key).ToArray());
        Assert.Equal(4, (int)output["Payload"]!);
        Assert.Equal(200, (int)output["StatusCode"]!);
    }

    [Fact]
    public void Run_HandlerThrows_ErrorIsExceptionTypeWithLambdaCause()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"broken"},"End":true}}}
            """, "{}", integrations: [Functions()]);

        Assert.Equal("InvalidOperationException", result.Error);
        Assert.Equal("nope", (string?)JsonNode.Parse(result.Cause!)!["errorMessage"]);
    }

    [Fact]
    public void Run_UnknownFunction_ResourceNotFound()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"ghost"},"End":true}}}
            """, "{}", integrations: [Functions()]);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("Lambda.ResourceNotFoundException", result.Error);
    }

    [Theory]
    [InlineData("f", "f")]
    [InlineData("f:live", "f")]
    [InlineData("123456789012:function:f", "f")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f:3", "f")]
    public void FunctionName_AnyReference_Name(string reference, string expected) =>
        Assert.Equal(expected, InProcessLambdaInvoker.FunctionName(reference));

    [Fact]
    public void Run_LambdaInvokeThroughAnotherInvoker_SameAnswerShape()
    {
        // Issue 15: run and simulate share this one integration; the simulation only supplies the invoker.
        var invoker = new RecordingInvoker();
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"FunctionName":"anything","Payload":{"k":1}},"End":true}}}
            """, "{}", integrations: [new LambdaIntegration(invoker)]);

        Assert.Equal(("anything", """{"k":1}"""), (invoker.Function, invoker.Payload));
        var output = result.Output!.AsObject();
        Assert.Equal(["ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode"], output.Select(p => p.Key).ToArray());
        Assert.Equal("application/json", (string?)output["SdkHttpMetadata"]!["HttpHeaders"]!["Content-Type"]);
        Assert.Equal("\"ok\"", Run.Json(output["Payload"]));
    }

    [Fact]
    public void Run_LambdaInvokeWithoutFunctionName_StatesRuntime()
    {
        var result = Run.Definition("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Payload":{}},"End":true}}}
            """, "{}", integrations: [Functions()]);

        Assert.Equal("States.Runtime", result.Error);
    }

    private sealed class RecordingInvoker : ILambdaInvoker
    {
        public string? Function { get; private set; }

        public string? Payload { get; private set; }

        public void Invoke(string function, JsonNode? payload, Action<LambdaInvocationResult> done)
        {
            (Function, Payload) = (function, payload?.ToJsonString());
            done(new LambdaInvocationResult(JsonValue.Create("ok"), null, null));
        }
    }
}
