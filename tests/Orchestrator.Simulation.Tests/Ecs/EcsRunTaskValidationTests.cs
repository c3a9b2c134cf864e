using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsRunTaskValidationTests
{
    [Fact]
    public void RunTask_LaunchTypeAndStrategy_ThrowsInvalidParameterWithAwsMessage()
    {
        // Message as AWS returns it (quoted verbatim in SDK error reports): the two are mutually exclusive
        // (RunTask API reference: "If a capacityProviderStrategy is specified, the launchType parameter must be omitted").
        var ecs = new EcsHarness();
        var error = ecs.Fails("RunTask", new JsonObject
        {
            ["cluster"] = "batch",
            ["taskDefinition"] = "worker",
            ["launchType"] = "FARGATE",
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE_SPOT" }),
        });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Equal("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.", error.Message);
    }

    [Fact]
    public void RunTask_UnknownCluster_ThrowsClusterNotFound()
    {
        // ecs.json lists ClusterNotFoundException for RunTask; "Cluster not found." is AWS's message.
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "nope", ["taskDefinition"] = "worker" });

        Assert.Equal("ClusterNotFoundException", error.Code);
        Assert.Equal("Cluster not found.", error.Message);
        Assert.NotEmpty(error.RequestId);
    }

    [Fact]
    public void RunTask_UnknownTaskDefinition_ThrowsClientExceptionTaskDefinitionNotFound()
    {
        // Recorded against AWS by several clients: "ClientException: TaskDefinition not found.".
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "ghost:3" });

        Assert.Equal("ClientException", error.Code);
        Assert.Equal("TaskDefinition not found.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void RunTask_CountOutsideOneToTen_ThrowsInvalidParameter(int count)
    {
        // RunTask API reference: "You can specify up to 10 tasks for each call."
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker", ["launchType"] = "FARGATE", ["count"] = count });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunTask_MemberOfWrongType_ThrowsInvalidParameterNamingIt()
    {
        // Every request is validated against ecs.json first: count is an integer there.
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker", ["count"] = "two" });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunTask_MissingTaskDefinition_ThrowsInvalidParameter()
    {
        // taskDefinition is the one required RunTask member in ecs.json.
        var error = new EcsHarness().Fails("RunTask", new JsonObject { ["cluster"] = "batch" });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("taskDefinition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunTask_ProviderNotAssociated_ThrowsInvalidParameterWithAwsMessage()
    {
        // AWS's message as quoted in a dask-cloudprovider issue (#328).
        var error = new EcsHarness().Fails("RunTask", new JsonObject
        {
            ["cluster"] = "batch",
            ["taskDefinition"] = "worker",
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "no-such-provider" }),
        });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.StartsWith("The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunTask_StartedByGroupTagsAndOverrides_AreEchoedOnTheTask()
    {
        // Task shape members in ecs.json: startedBy, group, tags, overrides; Step Functions adds StartedBy "AWS Step Functions".
        var ecs = new EcsHarness();
        var task = ecs.RunTask(new JsonObject
        {
            ["launchType"] = "FARGATE",
            ["startedBy"] = "AWS Step Functions",
            ["group"] = "drain:orders",
            ["tags"] = new JsonArray(new JsonObject { ["key"] = "lane", ["value"] = "3" }),
            ["overrides"] = EcsHarness.BatchOverrides(("m1", "hello")),
        })["tasks"]![0]!;

        Assert.Equal("AWS Step Functions", task["startedBy"]!.GetValue<string>());
        Assert.Equal("drain:orders", task["group"]!.GetValue<string>());
        Assert.Equal("3", task["tags"]![0]!["value"]!.GetValue<string>());
        Assert.Equal("app", task["overrides"]!["containerOverrides"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("PROVISIONING", task["lastStatus"]!.GetValue<string>());
        Assert.Equal("RUNNING", task["desiredStatus"]!.GetValue<string>());
        Assert.Equal("FARGATE", task["launchType"]!.GetValue<string>());
    }

    [Fact]
    public void Invoke_CamelCaseOperationName_IsAccepted_UnknownOperationIsRejected()
    {
        // The aws-sdk integration names actions in camelCase (arn:aws:states:::aws-sdk:ecs:runTask).
        var ecs = new EcsHarness();

        Assert.Single(ecs.Call("runTask", new JsonObject { ["cluster"] = "batch", ["taskDefinition"] = "worker", ["launchType"] = "FARGATE" })["tasks"]!.AsArray());
        Assert.Equal("UnknownOperationException", ecs.Fails("LaunchRocket", []).Code);
    }
}
