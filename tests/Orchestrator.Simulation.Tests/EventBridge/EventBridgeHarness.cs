using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.EventBridge;

/// <summary>An event bus on a fresh clock whose state machine target records what it receives.</summary>
internal sealed class EventBridgeHarness
{
    public const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:drain";
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public EventBridgeHarness(EventBridgeOptions? options = null, long seed = 1)
    {
        Scheduler = new Scheduler(Start);
        Targets = new EventTargetRegistry();
        Targets.RegisterPrefix("arn:aws:states:", i => Received.Add((Scheduler.Now, i)));
        Bus = new SimulatedEventBridge(Scheduler, new SeededRandom(seed), Targets, options);
    }

    public Scheduler Scheduler { get; }

    public EventTargetRegistry Targets { get; }

    public SimulatedEventBridge Bus { get; }

    public List<(DateTimeOffset At, EventTargetInvocation Invocation)> Received { get; } = [];

    public static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    public JsonNode Call(string operation, string request) => Bus.Invoke(operation, Json(request));

    public AwsServiceException Fails(string operation, string request) =>
        Assert.Throws<AwsServiceException>(() => Bus.Invoke(operation, Json(request)));

    /// <summary>A rule with <paramref name="pattern"/> and one state machine target (extra target members as JSON text, e.g. ,"InputPath":"$.detail").</summary>
    public void Rule(string name, string pattern, string targetExtra = "")
    {
        Bus.Invoke("PutRule", new JsonObject { ["Name"] = name, ["EventPattern"] = pattern });
        Bus.Invoke("PutTargets", Json($$$"""{"Rule":"{{{name}}}","Targets":[{"Id":"t1","Arn":"{{{MachineArn}}}"{{{targetExtra}}}}]}"""));
    }
}
