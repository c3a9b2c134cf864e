using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Ec2;

/// <summary>A simulated EC2 on a virtual clock starting 2026-01-01T00:00:00Z, recording events, metrics and hook calls.</summary>
internal sealed class Ec2Harness : IInstanceLifecycleHook
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Ec2Harness(Ec2Options? options = null, long seed = 42)
    {
        Scheduler = new Scheduler(Start);
        Metrics = new InMemoryMetricSink();
        Ec2 = new SimulatedEc2(Scheduler, new SeededRandom(seed), options, Metrics) { LifecycleHook = this };
        Ec2.EventPublished += e => Events.Add((Scheduler.Now, e));
    }

    public Scheduler Scheduler { get; }

    public InMemoryMetricSink Metrics { get; }

    public SimulatedEc2 Ec2 { get; }

    public List<(DateTimeOffset At, JsonObject Event)> Events { get; } = [];

    public List<(DateTimeOffset At, string What, string InstanceId, InstanceTerminationCause? Cause)> Hook { get; } = [];

    public JsonObject Call(string operation, JsonObject request) => Ec2.Invoke(operation, request).AsObject();

    public AwsServiceException Fails(string operation, JsonObject request) => Assert.Throws<AwsServiceException>(() => Ec2.Invoke(operation, request));

    public void RunFor(TimeSpan span) => Scheduler.Run(Scheduler.Now + span);

    public void RunUntil(DateTimeOffset at) => Scheduler.Run(at);

    public string RunOne(string type = "m5.large", bool spot = false, string? zone = null)
    {
        var request = new JsonObject { ["MinCount"] = 1, ["MaxCount"] = 1, ["InstanceType"] = type };
        if (spot)
        {
            request["InstanceMarketOptions"] = new JsonObject { ["MarketType"] = "spot" };
        }

        if (zone is not null)
        {
            request["Placement"] = new JsonObject { ["AvailabilityZone"] = zone };
        }

        return Call("RunInstances", request)["Instances"]![0]!["InstanceId"]!.GetValue<string>();
    }

    public JsonObject Instance(string id) =>
        Call("DescribeInstances", new JsonObject { ["InstanceIds"] = new JsonArray(id) })["Reservations"]![0]!["Instances"]![0]!.AsObject();

    public List<JsonObject> EventsOf(string detailType) =>
        Events.Where(e => e.Event["detail-type"]!.GetValue<string>() == detailType).Select(e => e.Event).ToList();

    public void InstanceRunning(Ec2InstanceSnapshot instance) => Hook.Add((Scheduler.Now, "running", instance.InstanceId, null));

    public void InstanceTerminating(Ec2InstanceSnapshot instance, InstanceTerminationCause cause) => Hook.Add((Scheduler.Now, "terminating", instance.InstanceId, cause));

    public void InstanceTerminated(Ec2InstanceSnapshot instance, InstanceTerminationCause cause) => Hook.Add((Scheduler.Now, "terminated", instance.InstanceId, cause));
}
