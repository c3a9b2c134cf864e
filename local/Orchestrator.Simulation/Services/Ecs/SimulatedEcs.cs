using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Recording;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// Simulated Amazon ECS ("ecs"): clusters, task definitions, Fargate / Fargate Spot and Auto Scaling
/// group capacity providers, container instances, standalone tasks and services, on the virtual clock.
/// </summary>
/// <remarks>
/// <para>Requests and responses use the ECS API model's member names (camelCase, ecs.json); every
/// request is validated against the model before anything happens. Errors are
/// <see cref="AwsServiceException"/> with ECS's codes.</para>
/// <para>Beyond the API, the EC2 / Auto Scaling simulation registers and terminates container
/// instances (<see cref="RegisterContainerInstance"/>, <see cref="InstanceTerminated"/>), and the Step
/// Functions <c>.sync</c> integration waits with <see cref="WhenStopped"/>. The file set:
/// Clusters (clusters, capacity providers, task definitions), RunTask (launch and placement),
/// Lifecycle (task states), Tasks (Stop/Describe/List), Instances, Services, Spot, Metrics.</para>
/// </remarks>
public sealed partial class SimulatedEcs : ISimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly ITaskBehavior _behaviour;
    private readonly EcsOptions _options;
    private readonly IMetricSink? _metrics;
    private readonly EcsIds _ids;
    private readonly SeededRandom _timing;
    private readonly SeededRandom _spot;
    private readonly SeededRandom _requestIds;
    private readonly TokenBucket _fargateLaunches;
    private readonly Dictionary<string, ClusterState> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TaskDefinitionState>> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CapacityProviderState> _providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskState> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Action<JsonObject>>> _stopWaiters = new(StringComparer.Ordinal);

    /// <summary>Creates the service; <paramref name="random"/> is forked per stream (ids, timings, Spot, request ids).</summary>
    public SimulatedEcs(Scheduler scheduler, SeededRandom random, ITaskBehavior behaviour, EcsOptions? options = null, IMetricSink? metrics = null)
    {
        _scheduler = scheduler;
        _behaviour = behaviour;
        _options = options ?? new EcsOptions();
        _metrics = metrics;
        _ids = new EcsIds(random.Fork(), _options);
        _timing = random.Fork();
        _spot = random.Fork();
        _requestIds = random.Fork();
        _fargateLaunches = new TokenBucket(_options.FargateLaunchBurst, _options.FargateLaunchRatePerSecond, scheduler.Now);
        ScheduleSpotEvents();
    }

    /// <inheritdoc/>
    public string ServiceName => EcsErrors.Service;

    /// <summary>Raised with the task (model JSON) each time a task reaches STOPPED.</summary>
    public event Action<JsonObject>? TaskStopped;

    /// <summary>
    /// Raised with the task (model JSON, camelCase: the <c>detail</c> of an EventBridge "ECS Task State
    /// Change" event) whenever its lastStatus or desiredStatus changes — including the Fargate Spot
    /// warning (desiredStatus STOPPED while lastStatus is RUNNING).
    /// </summary>
    public event Action<JsonObject>? TaskStateChanged;

    private DateTimeOffset Now => _scheduler.Now;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _requestIds, "UnknownOperationException", name => name switch
        {
            "CreateCluster" => CreateCluster(request),
            "DescribeClusters" => DescribeClusters(request),
            "CreateCapacityProvider" => CreateCapacityProvider(request),
            "RegisterTaskDefinition" => RegisterTaskDefinition(request),
            "DescribeTaskDefinition" => DescribeTaskDefinition(request),
            "RunTask" => RunTask(request),
            "StopTask" => StopTask(request),
            "DescribeTasks" => DescribeTasks(request),
            "ListTasks" => ListTasks(request),
            "ListContainerInstances" => ListContainerInstances(request),
            "DescribeContainerInstances" => DescribeContainerInstances(request),
            "UpdateContainerInstancesState" => UpdateContainerInstancesState(request),
            "CreateService" => CreateService(request),
            "UpdateService" => UpdateService(request),
            "DescribeServices" => DescribeServices(request),
            _ => throw EcsErrors.InvalidParameter($"The simulated ECS does not implement {name}."),
        });

    /// <summary>
    /// Calls <paramref name="callback"/> with the task (model JSON) once it is STOPPED — at once if it
    /// already is. This is what an <c>ecs:runTask.sync</c> integration waits on.
    /// </summary>
    /// <exception cref="ArgumentException">No task has that ARN.</exception>
    public void WhenStopped(string taskArn, Action<JsonObject> callback)
    {
        var task = _tasks.GetValueOrDefault(taskArn) ?? throw new ArgumentException($"No task '{taskArn}'.", nameof(taskArn));
        if (task.IsStopped)
        {
            callback(task.ToJson(_options.AvailabilityZone));
            return;
        }

        if (!_stopWaiters.TryGetValue(taskArn, out var list))
        {
            _stopWaiters[taskArn] = list = [];
        }

        list.Add(callback);
    }

    /// <summary>Tasks of <paramref name="capacityProviderName"/> waiting in PROVISIONING for an instance (for managed scaling).</summary>
    public int AwaitingCapacity(string cluster, string capacityProviderName) =>
        ResolveCluster(cluster).AwaitingCapacity.Count(t => t.CapacityProviderName == capacityProviderName);

    /// <summary>ARNs of the tasks not yet STOPPED on the container instance of <paramref name="ec2InstanceId"/> (empty when unknown).</summary>
    public IReadOnlyList<string> TasksOnInstance(string ec2InstanceId) =>
        FindInstanceByEc2Id(ec2InstanceId)?.Tasks.Select(t => t.Arn).ToList() ?? [];

    /// <summary>The task as DescribeTasks shows it, or null when no task has that ARN.</summary>
    public JsonObject? FindTask(string taskArn) => _tasks.GetValueOrDefault(taskArn)?.ToJson(_options.AvailabilityZone);

    private void Changed(TaskState task)
    {
        task.Version++;
        TaskStateChanged?.Invoke(task.ToJson(_options.AvailabilityZone));
    }

    private ClusterState ResolveCluster(JsonObject request) => ResolveCluster(EcsJson.String(request, "cluster"));

    private ClusterState ResolveCluster(string? nameOrArn)
    {
        // "If you do not specify a cluster, the default cluster is assumed." (RunTask API reference)
        var name = string.IsNullOrEmpty(nameOrArn) ? "default" : nameOrArn;
        var slash = name.LastIndexOf('/');
        if (name.StartsWith("arn:", StringComparison.Ordinal) && slash > 0)
        {
            name = name[(slash + 1)..];
        }

        return _clusters.GetValueOrDefault(name) ?? throw EcsErrors.ClusterNotFound();
    }
}
