using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Recording;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// Simulated Amazon EC2 ("ec2"): instances with boot and shutdown on the virtual clock, per-second
/// billing, Spot capacity that changes over time, Spot interruptions with AWS's two-minute warning,
/// and Spot Fleet requests.
/// </summary>
/// <remarks>
/// <para>Requests use the EC2 model's member names (ec2.json) and are validated against it first.
/// Files: Instances (Run/Describe/Terminate and the launch API fleets and groups use), Spot (capacity
/// and interruptions), Events (EventBridge envelopes), SpotFleet (+ SpotFleetState), Billing.</para>
/// <para>Events are raised through <see cref="EventPublished"/> as full EventBridge envelopes; the
/// instance lifecycle reaches ECS through <see cref="LifecycleHook"/>.</para>
/// </remarks>
public sealed partial class SimulatedEc2 : ISimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly Ec2Options _options;
    private readonly IMetricSink? _metrics;
    private readonly Ec2Ids _ids;
    private readonly SeededRandom _spot;
    private readonly SeededRandom _requestIds;
    private readonly Dictionary<string, Ec2Instance> _instances = new(StringComparer.Ordinal);
    private readonly List<Ec2Instance> _launchOrder = [];
    private int _nextZone;

    /// <summary>Creates the service; <paramref name="random"/> is forked per stream (ids, Spot draws, request ids).</summary>
    public SimulatedEc2(Scheduler scheduler, SeededRandom random, Ec2Options? options = null, IMetricSink? metrics = null)
    {
        _scheduler = scheduler;
        _options = options ?? new Ec2Options();
        _metrics = metrics;
        _ids = new Ec2Ids(random.Fork());
        _spot = random.Fork();
        _requestIds = random.Fork();
        ScheduleSpotEvents();
    }

    /// <inheritdoc/>
    public string ServiceName => Ec2Errors.Service;

    /// <summary>Raised with each EventBridge event EC2 emits (Spot warnings, rebalance recommendations, state changes).</summary>
    public event Action<JsonObject>? EventPublished;

    /// <summary>Told when instances start and stop (the composition connects it to ECS).</summary>
    public IInstanceLifecycleHook? LifecycleHook { get; set; }

    /// <summary>The settings in use.</summary>
    public Ec2Options Options => _options;

    internal DateTimeOffset Now => _scheduler.Now;

    internal Scheduler Scheduler => _scheduler;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _requestIds, "InvalidAction", name => name switch
        {
            "RunInstances" => RunInstances(request),
            "DescribeInstances" => DescribeInstances(request),
            "TerminateInstances" => TerminateInstances(request),
            "RequestSpotFleet" => RequestSpotFleet(request),
            "DescribeSpotFleetRequests" => DescribeSpotFleetRequests(request),
            "DescribeSpotFleetInstances" => DescribeSpotFleetInstances(request),
            "ModifySpotFleetRequest" => ModifySpotFleetRequest(request),
            "CancelSpotFleetRequests" => CancelSpotFleetRequests(request),
            "DescribeAvailabilityZones" => DescribeAvailabilityZones(),
            _ => throw Ec2Errors.Unsupported(name),
        });

    /// <summary>The instance type's size and prices, or null when the simulation does not know it.</summary>
    public InstanceTypeInfo? FindType(string name) => _options.Types.GetValueOrDefault(name);

    /// <summary>The instance as DescribeInstances shows it, or null.</summary>
    public JsonObject? FindInstance(string instanceId) => _instances.GetValueOrDefault(instanceId)?.ToJson();

    internal Ec2Instance? Instance(string instanceId) => _instances.GetValueOrDefault(instanceId);

    private JsonObject DescribeAvailabilityZones() => new()
    {
        ["AvailabilityZones"] = new JsonArray(_options.AvailabilityZones.Select(z => (JsonNode)new JsonObject
        {
            ["ZoneName"] = z,
            ["State"] = "available",
            ["RegionName"] = _options.Region,
            ["ZoneType"] = "availability-zone",
        }).ToArray()),
    };

    private string NextZone() => _options.AvailabilityZones[_nextZone++ % _options.AvailabilityZones.Count];
}
