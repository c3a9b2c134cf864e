using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

/// <summary>Every member the simulated ECS answers with exists, with the right JSON kind, in ecs.json's output shapes.</summary>
public class EcsResponseShapeTests
{
    private static readonly ApiModel Model = ApiModel.Load("ecs");

    private static void AssertConforms(string shapeName, JsonNode? node, string path)
    {
        if (node is null)
        {
            return;
        }

        var shape = Model.Shape(shapeName)!;
        switch (shape["type"]!.GetValue<string>())
        {
            case "structure":
                var members = shape["members"]!.AsObject();
                foreach (var (key, value) in Assert.IsType<JsonObject>(node, exactMatch: false))
                {
                    Assert.True(members.ContainsKey(key), $"{path}.{key} is not a member of {shapeName}");
                    AssertConforms(members[key]!["shape"]!.GetValue<string>(), value, $"{path}.{key}");
                }

                break;
            case "list":
                var items = Assert.IsType<JsonArray>(node, exactMatch: false);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertConforms(shape["member"]!["shape"]!.GetValue<string>(), items[i], $"{path}[{i}]");
                }

                break;
            case "string":
                Assert.True(node.GetValueKind() == System.Text.Json.JsonValueKind.String, $"{path} should be a string");
                break;
            case "integer" or "long" or "double" or "timestamp":
                Assert.True(node.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"{path} should be a number");
                break;
            case "boolean":
                Assert.True(node.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False, $"{path} should be a boolean");
                break;
        }
    }

    private static void AssertOutput(string operation, JsonNode response) =>
        AssertConforms(Model.OutputShape(operation)!, response, operation);

    [Fact]
    public void Responses_UseOnlyModelMembersOfTheRightKind()
    {
        var ecs = new EcsHarness(workload: new WorkloadModel { FailureProbability = 1 });
        var instance = ecs.Register("i-0aaa");
        AssertOutput("CreateCluster", ecs.Call("CreateCluster", new JsonObject { ["clusterName"] = "other" }));
        AssertOutput("DescribeClusters", ecs.Call("DescribeClusters", new JsonObject { ["clusters"] = new JsonArray("batch", "none") }));
        AssertOutput("RegisterTaskDefinition", ecs.Call("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "f",
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = "c", ["image"] = "i", ["memory"] = 128 }),
        }));
        AssertOutput("DescribeTaskDefinition", ecs.Call("DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "worker" }));
        AssertOutput("CreateCapacityProvider", ecs.Call("CreateCapacityProvider", new JsonObject
        {
            ["name"] = "asg",
            ["autoScalingGroupProvider"] = new JsonObject { ["autoScalingGroupArn"] = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1:autoScalingGroupName/a" },
        }));
        var run = ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE", ["overrides"] = EcsHarness.BatchOverrides(("m", "b")) });
        AssertOutput("RunTask", run);
        AssertOutput("RunTask", ecs.RunTask(new JsonObject { ["launchType"] = "EC2", ["count"] = 10 }));
        var arn = run["tasks"]![0]!["taskArn"]!.GetValue<string>();
        ecs.RunUntilStopped(arn);
        AssertOutput("DescribeTasks", ecs.Call("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray(arn, "missing") }));
        AssertOutput("ListTasks", ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["maxResults"] = 1 }));
        AssertOutput("ListContainerInstances", ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch" }));
        AssertOutput("DescribeContainerInstances", ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instance) }));
        AssertOutput("UpdateContainerInstancesState", ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instance), ["status"] = "DRAINING" }));
        AssertOutput("CreateService", ecs.Call("CreateService", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web", ["taskDefinition"] = "worker", ["desiredCount"] = 1, ["launchType"] = "FARGATE" }));
        AssertOutput("UpdateService", ecs.Call("UpdateService", new JsonObject { ["cluster"] = "batch", ["service"] = "web", ["desiredCount"] = 2 }));
        AssertOutput("DescribeServices", ecs.Call("DescribeServices", new JsonObject { ["cluster"] = "batch", ["services"] = new JsonArray("web", "none") }));
        AssertOutput("StopTask", ecs.Call("StopTask", new JsonObject { ["cluster"] = "batch", ["task"] = arn }));
    }

    [Fact]
    public void StoppedTask_ConvertsToTheStepFunctionsPascalCaseShape()
    {
        // AWS-FACTS: ecs:runTask.sync outputs the stopped Task in PascalCase with Containers[].ExitCode, StopCode, StoppedReason.
        var ecs = new EcsHarness(workload: new WorkloadModel { FailureProbability = 1 });
        var arn = ecs.RunFargate();
        var stopped = ecs.RunUntilStopped(arn);

        var pascal = MemberNames.ToPascal("ecs", "DescribeTasks", new JsonObject { ["tasks"] = new JsonArray(stopped.DeepClone()) })["Tasks"]![0]!;

        Assert.Equal("EssentialContainerExited", pascal["StopCode"]!.GetValue<string>());
        Assert.Equal(1, pascal["Containers"]![0]!["ExitCode"]!.GetValue<int>());
        Assert.Equal("Essential container in task exited", pascal["StoppedReason"]!.GetValue<string>());
    }
}
