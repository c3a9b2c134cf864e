using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services;

namespace Orchestrator.Simulation.Tests.Models;

// Codes from each service's "Common errors" API reference: SQS MissingParameter/InvalidParameterValue,
// ECS InvalidParameterException, Auto Scaling ValidationError.
public sealed class ValidationErrorsTests
{
    [Fact]
    public void Ensure_SqsMissingMember_MissingParameterNamingField()
    {
        var e = Assert.Throws<AwsServiceException>(() => ValidationErrors.Ensure("sqs", "SendMessage", new JsonObject { ["QueueUrl"] = "u" }, "rid"));

        Assert.Equal(("sqs", "MissingParameter", 400, "rid"), (e.Service, e.Code, e.StatusCode, e.RequestId));
        Assert.Contains("MessageBody", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_SqsUnknownMember_InvalidParameterValue()
    {
        var request = new JsonObject { ["QueueUrl"] = "u", ["MessageBody"] = "b", ["Delay"] = 1 };

        var e = Assert.Throws<AwsServiceException>(() => ValidationErrors.Ensure("sqs", "SendMessage", request, "rid"));

        Assert.Equal("InvalidParameterValue", e.Code);
        Assert.Contains("Delay", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_EcsBadEnum_InvalidParameterException()
    {
        var request = new JsonObject { ["taskDefinition"] = "td", ["launchType"] = "SPOT" };

        var e = Assert.Throws<AwsServiceException>(() => ValidationErrors.Ensure("ecs", "RunTask", request, "rid"));

        Assert.Equal("InvalidParameterException", e.Code);
        Assert.Contains("launchType", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_AutoScalingMissing_ValidationError()
    {
        var e = Assert.Throws<AwsServiceException>(() =>
            ValidationErrors.Ensure("autoscaling", "SetDesiredCapacity", new JsonObject { ["DesiredCapacity"] = 1 }, "rid"));

        Assert.Equal("ValidationError", e.Code);
        // ValidationError is not modelled by Auto Scaling, so the SDK raises its base exception.
        Assert.Equal("AutoScaling.AutoScalingException", AwsErrorNames.ForSdkIntegration("autoscaling", e.Code));
    }

    [Fact]
    public void Ensure_ValidRequest_DoesNotThrow() =>
        ValidationErrors.Ensure("sqs", "PurgeQueue", new JsonObject { ["QueueUrl"] = "u" }, "rid");
}
