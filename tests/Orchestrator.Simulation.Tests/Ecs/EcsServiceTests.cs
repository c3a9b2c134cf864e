using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ecs;

namespace Orchestrator.Simulation.Tests.Ecs;

public class EcsServiceTests
{
    private static JsonObject Service(EcsHarness ecs) =>
        (JsonObject)ecs.Call("DescribeServices", new JsonObject { ["cluster"] = "batch", ["services"] = new JsonArray("web") })["services"]![0]!;

    [Fact]
    public void CreateService_Fargate_ReachesDesiredRunningCount()
    {
        // DescribeServices reports desiredCount / runningCount / pendingCount (Service shape, ecs.json).
        var ecs = new EcsHarness();
        var created = ecs.Call("CreateService", new JsonObject
        {
            ["cluster"] = "batch",
            ["serviceName"] = "web",
            ["taskDefinition"] = "worker",
            ["desiredCount"] = 3,
            ["launchType"] = "FARGATE",
        })["service"]!;
        Assert.Equal(3, created["pendingCount"]!.GetValue<int>());
        Assert.Equal(0, created["runningCount"]!.GetValue<int>());

        ecs.RunFor(TimeSpan.FromMinutes(2));
        var service = Service(ecs);

        Assert.Equal(3, service["desiredCount"]!.GetValue<int>());
        Assert.Equal(3, service["runningCount"]!.GetValue<int>());
        Assert.Equal(0, service["pendingCount"]!.GetValue<int>());
        var tasks = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web" })["taskArns"]!.AsArray();
        Assert.Equal(3, tasks.Count);
        Assert.StartsWith("ecs-svc/", ecs.Describe(tasks[0]!.GetValue<string>())["startedBy"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("service:web", ecs.Describe(tasks[0]!.GetValue<string>())["group"]!.GetValue<string>());
    }

    [Fact]
    public void UpdateService_LowerDesiredCount_StopsExtraTasksWithServiceSchedulerInitiated()
    {
        var ecs = new EcsHarness();
        ecs.Call("CreateService", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web", ["taskDefinition"] = "worker", ["desiredCount"] = 3, ["launchType"] = "FARGATE" });
        ecs.RunFor(TimeSpan.FromMinutes(2));

        ecs.Call("UpdateService", new JsonObject { ["cluster"] = "batch", ["service"] = "web", ["desiredCount"] = 1 });
        ecs.RunFor(TimeSpan.FromMinutes(2));

        Assert.Equal(1, Service(ecs)["runningCount"]!.GetValue<int>());
        var stopped = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web", ["desiredStatus"] = "STOPPED" })["taskArns"]!.AsArray();
        Assert.Equal(2, stopped.Count);
        Assert.All(stopped, t => Assert.Equal(StopCodes.ServiceSchedulerInitiated, ecs.Describe(t!.GetValue<string>())["stopCode"]!.GetValue<string>()));
    }

    [Fact]
    public void ServiceOnFargateSpot_InterruptedTask_IsReplaced()
    {
        // Fargate Spot guide: "the service scheduler receives the interruption signal and attempts to launch additional tasks".
        var ecs = new EcsHarness(new EcsOptions { FargateSpotInterruptions = [EcsHarness.Start.AddMinutes(5)] });
        ecs.Call("CreateService", new JsonObject
        {
            ["cluster"] = "batch",
            ["serviceName"] = "web",
            ["taskDefinition"] = "worker",
            ["desiredCount"] = 2,
            ["capacityProviderStrategy"] = new JsonArray(new JsonObject { ["capacityProvider"] = "FARGATE_SPOT", ["weight"] = 1 }),
        });

        ecs.RunFor(TimeSpan.FromMinutes(10));

        Assert.Equal(2, Service(ecs)["runningCount"]!.GetValue<int>());
        var stopped = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["desiredStatus"] = "STOPPED" })["taskArns"]!.AsArray();
        Assert.Equal(StopCodes.SpotInterruption, ecs.Describe(stopped.Single()!.GetValue<string>())["stopCode"]!.GetValue<string>());
    }

    [Fact]
    public void ServiceOnEc2_WaitsForCapacityThenReachesDesiredCount_AndDrainingMovesItsTasks()
    {
        var ecs = new EcsHarness();
        ecs.Call("CreateService", new JsonObject { ["cluster"] = "batch", ["serviceName"] = "web", ["taskDefinition"] = "worker", ["desiredCount"] = 2, ["launchType"] = "EC2" });
        Assert.Equal(0, Service(ecs)["runningCount"]!.GetValue<int>());

        var first = ecs.Register("i-0aaa");
        ecs.RunFor(TimeSpan.FromMinutes(1));
        Assert.Equal(2, Service(ecs)["runningCount"]!.GetValue<int>());

        var second = ecs.Register("i-0bbb");
        ecs.Call("UpdateContainerInstancesState", new JsonObject { ["cluster"] = "batch", ["containerInstances"] = new JsonArray(first), ["status"] = "DRAINING" });
        ecs.RunFor(TimeSpan.FromMinutes(2));

        Assert.Equal(2, Service(ecs)["runningCount"]!.GetValue<int>());
        var onSecond = ecs.Call("ListTasks", new JsonObject { ["cluster"] = "batch", ["containerInstance"] = second })["taskArns"]!.AsArray();
        Assert.Equal(2, onSecond.Count);
    }

    [Fact]
    public void UpdateService_Unknown_ThrowsServiceNotFound()
    {
        // ecs.json lists ServiceNotFoundException for UpdateService.
        Assert.Equal("ServiceNotFoundException", new EcsHarness().Fails("UpdateService", new JsonObject { ["cluster"] = "batch", ["service"] = "ghost", ["desiredCount"] = 1 }).Code);
    }
}
