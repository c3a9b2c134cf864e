using System.Text.Json.Nodes;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsTaskQueryTests
{
    [Fact]
    public void DescribeTasks_UnknownTask_ReportedAsMissingFailure()
    {
        // Failure reason MISSING ("API failure reasons", ECS guide).
        var ecs = new EcsHarness();
        var arn = ecs.RunFargate();

        var response = ecs.Call("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray(arn, "ffffffffffffffffffffffffffffffff") });

        Assert.Single(response["tasks"]!.AsArray());
        Assert.Equal("MISSING", response["failures"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("ffffffffffffffffffffffffffffffff", response["failures"]![0]!["arn"]!.GetValue<string>());
    }

    [Fact]
    public void DescribeTasks_EmptyOrOverHundred_ThrowsInvalidParameter()
    {
        // "Tasks cannot be empty." is ECS's own message; DescribeTasks takes up to 100 tasks (AWS-FACTS).
        var ecs = new EcsHarness();
        Assert.Equal("Tasks cannot be empty.", ecs.Fails("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = new JsonArray() }).Message);

        var many = new JsonArray();
        for (var i = 0; i < 101; i++)
        {
            many.Add($"t{i}");
        }

        Assert.Equal("InvalidParameterException", ecs.Fails("DescribeTasks", new JsonObject { ["cluster"] = "batch", ["tasks"] = many }).Code);
    }

    [Fact]
    public void ListTasks_FiltersByFamilyStartedByAndDesiredStatus()
    {
        // ListTasks: the default desiredStatus filter is RUNNING (API reference).
        var ecs = new EcsHarness(workload: new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(60) });
        var byStepFunctions = ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE", ["startedBy"] = "AWS Step Functions" })["tasks"]![0]!["taskArn"]!.GetValue<string>();
        var other = ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE", ["startedBy"] = "someone" })["tasks"]![0]!["taskArn"]!.GetValue<string>();

        var mine = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["startedBy"] = "AWS Step Functions" })["taskArns"]!.AsArray();
        Assert.Equal([byStepFunctions], mine.Select(n => n!.GetValue<string>()));
        Assert.Equal(2, ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["family"] = "worker" })["taskArns"]!.AsArray().Count);
        Assert.Empty(ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["family"] = "other" })["taskArns"]!.AsArray());

        ecs.RunUntilStopped(other);
        ecs.RunUntilStopped(byStepFunctions);
        Assert.Empty(ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch" })["taskArns"]!.AsArray());
        Assert.Equal(2, ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["desiredStatus"] = "STOPPED" })["taskArns"]!.AsArray().Count);
    }

    [Fact]
    public void ListTasks_MaxResults_PagesWithNextToken()
    {
        var ecs = new EcsHarness();
        ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE", ["count"] = 5 });

        var first = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["maxResults"] = 3 });
        var second = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["maxResults"] = 3, ["nextToken"] = first["nextToken"]!.GetValue<string>() });

        Assert.Equal(3, first["taskArns"]!.AsArray().Count);
        Assert.Equal(2, second["taskArns"]!.AsArray().Count);
        Assert.Null(second["nextToken"]);
    }

    [Fact]
    public void DescribeClusters_CountsTasksAndListsFargateProviders()
    {
        // Fargate and Fargate Spot "are available to all accounts" (Fargate capacity providers guide).
        var ecs = new EcsHarness();
        ecs.RunTask(new JsonObject { ["launchType"] = "FARGATE", ["count"] = 2 });

        var response = ecs.Call("DescribeClusters", new JsonObject { ["clusters"] = new JsonArray("batch", "nope") });
        var cluster = response["clusters"]![0]!;

        Assert.Equal(2, cluster["pendingTasksCount"]!.GetValue<int>());
        Assert.Contains("FARGATE_SPOT", cluster["capacityProviders"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("MISSING", response["failures"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public void RegisterTaskDefinition_NewRevisionEachTime_DescribeByFamilyGivesLatest()
    {
        var ecs = new EcsHarness();
        ecs.Call("RegisterTaskDefinition", new JsonObject
        {
            ["family"] = "worker",
            ["containerDefinitions"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "worker:2", ["cpu"] = 256, ["memory"] = 512 }),
        });

        var latest = ecs.Call("DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "worker" })["taskDefinition"]!;
        var first = ecs.Call("DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "worker:1" })["taskDefinition"]!;

        Assert.Equal(2, latest["revision"]!.GetValue<int>());
        Assert.Equal("512", latest["memory"]!.GetValue<string>());
        Assert.Equal("2048", first["memory"]!.GetValue<string>());
        Assert.Equal("ClientException", ecs.Fails("DescribeTaskDefinition", new JsonObject { ["taskDefinition"] = "worker:9" }).Code);
    }
}
