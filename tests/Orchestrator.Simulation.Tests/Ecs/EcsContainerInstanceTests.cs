using System.Text.Json.Nodes;
using Orchestrator.Simulation.Workload;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsContainerInstanceTests
{
    [Fact]
    public void ListContainerInstances_FilterByEc2InstanceId_ReturnsThatInstanceOnly()
    {
        // Cluster query language (ECS guide): "ec2InstanceId == i-…", and "in [..]" lists.
        var ecs = new EcsHarness();
        var a = ecs.Register("i-0aaa");
        var b = ecs.Register("i-0bbb");
        ecs.Register("i-0ccc");

        var one = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["filter"] = "ec2InstanceId == i-0bbb" });
        var two = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["filter"] = "ec2InstanceId in [i-0aaa, i-0bbb]" });

        Assert.Equal([b], one["containerInstanceArns"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([a, b], two["containerInstanceArns"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Theory]
    [InlineData("attribute:ecs.instance-type == c5.large", 1)]
    [InlineData("attribute:ecs.instance-type != c5.large", 1)]
    [InlineData("ec2InstanceId==i-0aaa and attribute:ecs.instance-type == c5.large", 0)]
    [InlineData("agentConnected == true", 2)]
    public void ListContainerInstances_AttributeQueries_MatchAsTheQueryLanguageSays(string filter, int expected)
    {
        // Cluster query language examples (ECS guide): "attribute:ecs.instance-type == t2.small", "and", "!=".
        var ecs = new EcsHarness();
        ecs.Ecs.RegisterContainerInstance("batch", new("i-0aaa", 2048, 4096, "", new Dictionary<string, string> { ["ecs.instance-type"] = "m5.large" }));
        ecs.Ecs.RegisterContainerInstance("batch", new("i-0bbb", 2048, 4096, "", new Dictionary<string, string> { ["ecs.instance-type"] = "c5.large" }));

        var listed = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["filter"] = filter })["containerInstanceArns"]!.AsArray();

        Assert.Equal(expected, listed.Count);
    }

    [Fact]
    public void ListContainerInstances_StatusFilter_ListsOnlyDraining()
    {
        var ecs = new EcsHarness();
        ecs.Register("i-0aaa");
        var b = ecs.Register("i-0bbb");
        ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(b), ["status"] = "DRAINING" });

        var draining = ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["status"] = "DRAINING" });

        Assert.Equal([b], draining["containerInstanceArns"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(2, ecs.Call("ListContainerInstances", new JsonObject { ["cluster"] = "batch" })["containerInstanceArns"]!.AsArray().Count);
    }

    [Fact]
    public void ListContainerInstances_UnsupportedQuery_ThrowsInvalidParameter()
    {
        var error = new EcsHarness().Fails("ListContainerInstances", new JsonObject { ["cluster"] = "batch", ["filter"] = "runningTasksCount > 1" });

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("filter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateContainerInstancesState_MoreThanTen_ThrowsInvalidParameter()
    {
        // ecs.json: containerInstances is "A list of up to 10 container instance IDs or full ARN entries."
        var ecs = new EcsHarness();
        var arns = new JsonArray();
        for (var i = 0; i < 11; i++)
        {
            arns.Add(ecs.Register($"i-{i:D4}"));
        }

        var error = ecs.Fails("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = arns.DeepClone(), ["status"] = "DRAINING" });

        Assert.Equal("InvalidParameterException", error.Code);
        arns.RemoveAt(10);
        var ok = ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = arns, ["status"] = "DRAINING" });
        Assert.Equal(10, ok["containerInstances"]!.AsArray().Count);
    }

    [Fact]
    public void UpdateContainerInstancesState_StatusOtherThanActiveOrDraining_ThrowsInvalidParameter()
    {
        var ecs = new EcsHarness();
        var arn = ecs.Register("i-0aaa");

        var error = ecs.Fails("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(arn), ["status"] = "REGISTERING" });

        Assert.Equal("InvalidParameterException", error.Code);
    }

    [Fact]
    public void UpdateContainerInstancesState_UnknownInstance_ReportedAsMissingFailure()
    {
        var ecs = new EcsHarness();

        var response = ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray("0123456789abcdef0123456789abcdef"), ["status"] = "DRAINING" });

        Assert.Equal("MISSING", response["failures"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public void Draining_StandaloneTaskKeepsRunningUntilItEnds()
    {
        // API reference: "Any PENDING or RUNNING tasks that do not belong to a service aren't affected."
        var ecs = new EcsHarness(workload: new WorkloadModel { DurationPerBatch = SecondsDistribution.Fixed(600) });
        var instance = ecs.Register("i-0aaa");
        var arn = ecs.RunTask(new JsonObject { ["launchType"] = "EC2" })["tasks"]![0]!["taskArn"]!.GetValue<string>();
        ecs.RunFor(TimeSpan.FromMinutes(1));

        ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instance), ["status"] = "DRAINING" });
        ecs.RunFor(TimeSpan.FromMinutes(5));
        Assert.Equal("RUNNING", ecs.Status(arn));

        var stopped = ecs.RunUntilStopped(arn);
        Assert.Equal("EssentialContainerExited", stopped["stopCode"]!.GetValue<string>());
        var described = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(instance) })["containerInstances"]![0]!;
        Assert.Equal("DRAINING", described["status"]!.GetValue<string>());
        Assert.Equal(0, described["runningTasksCount"]!.GetValue<int>());
    }

    [Fact]
    public void DescribeContainerInstances_UnknownAndOverHundred_FailuresAndError()
    {
        var ecs = new EcsHarness();
        var response = ecs.Call("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray("nope") });
        Assert.Equal("MISSING", response["failures"]![0]!["reason"]!.GetValue<string>());

        var many = new JsonArray();
        for (var i = 0; i < 101; i++)
        {
            many.Add($"id{i}");
        }

        Assert.Equal("InvalidParameterException", ecs.Fails("DescribeContainerInstances", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = many }).Code);
    }
}
