using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>RunTask: launch target, Fargate launch rate, Fargate Spot capacity, placement, task creation.</summary>
public sealed partial class SimulatedEcs
{
    /// <summary>
    /// RunTask's failure reason when Fargate (Spot) has no capacity. AWS answers 200 with this in
    /// <c>failures[].reason</c> (as recorded in client code that handles it, e.g. "AWS official
    /// RunTask capacity message"), not as an exception; the service scheduler reports the same text.
    /// </summary>
    public const string CapacityUnavailableReason = "Capacity is unavailable at this time. Please try again later or in a different availability zone";

    private JsonNode RunTask(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var definition = FindTaskDefinition(EcsJson.String(request, "taskDefinition")!)
            ?? throw EcsErrors.Client("TaskDefinition not found.");
        var count = EcsJson.Int(request, "count") ?? 1;
        if (count is < 1 or > 10)
        {
            // "You can specify up to 10 tasks for each call." (RunTask API reference)
            throw EcsErrors.InvalidParameter($"count must be between 1 and 10 tasks per call, got {count}.");
        }

        var targets = ResolveTargets(cluster, EcsJson.String(request, "launchType"), EcsJson.Array(request, "capacityProviderStrategy"), count);
        if (targets.Any(t => t.LaunchType == "EC2" && t.CapacityProviderName.Length == 0) && cluster.Instances.All(i => i.Status == "INACTIVE"))
        {
            throw EcsErrors.InvalidParameter("No Container Instances were found in your cluster.");
        }

        // Fargate launch rate: 100 burst, 20 per second sustained (ECS service quotas); the call is refused whole.
        var fargate = targets.Count(t => t.IsFargate);
        if (fargate > 0 && !_fargateLaunches.TryTake(fargate, Now))
        {
            throw EcsErrors.Throttling();
        }

        var overrides = request["overrides"] is JsonObject o ? (JsonObject)o.DeepClone() : null;
        var tasks = new JsonArray();
        var failures = new JsonArray();
        foreach (var target in targets)
        {
            var result = Launch(cluster, definition, target, overrides, EcsJson.String(request, "startedBy"),
                EcsJson.String(request, "group"), EcsJson.Array(request, "tags"), service: null);
            if (result.Task is { } task)
            {
                tasks.Add(task.ToJson(_options.AvailabilityZone));
            }

            foreach (var failure in result.Failures.Where(f => !failures.OfType<JsonObject>().Any(x => JsonNode.DeepEquals(x, f))))
            {
                failures.Add(failure);
            }
        }

        return new JsonObject { ["tasks"] = tasks, ["failures"] = failures };
    }

    /// <summary>Splits <paramref name="count"/> tasks over the launch type, the strategy, or the cluster's default strategy.</summary>
    private List<LaunchTarget> ResolveTargets(ClusterState cluster, string? launchType, JsonArray strategy, int count)
    {
        if (launchType is not null && strategy.Count > 0)
        {
            // AWS's message, as SDK users quote it.
            throw EcsErrors.InvalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.");
        }

        if (launchType is not null)
        {
            return launchType is "FARGATE" or "EC2"
                ? Enumerable.Repeat(new LaunchTarget(launchType, string.Empty), count).ToList()
                : throw EcsErrors.InvalidParameter($"launchType: the simulated ECS supports FARGATE and EC2, not {launchType}.");
        }

        var items = (strategy.Count > 0 ? strategy : cluster.DefaultStrategy).OfType<JsonObject>()
            .Select(i => (Name: EcsJson.String(i, "capacityProvider") ?? string.Empty, Weight: EcsJson.Int(i, "weight") ?? 0, Base: EcsJson.Int(i, "base") ?? 0))
            .ToList();
        if (items.Count == 0)
        {
            // No launch type, no strategy, no default strategy: the EC2 launch type.
            return Enumerable.Repeat(new LaunchTarget("EC2", string.Empty), count).ToList();
        }

        foreach (var item in items.Where(i => !FargateProviders.Contains(i.Name, StringComparer.Ordinal)
            && !(_providers.TryGetValue(i.Name, out var p) && (p.ClusterName is null || p.ClusterName == cluster.Name))))
        {
            // AWS's message (as quoted in SDK errors).
            throw EcsErrors.InvalidParameter("The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.");
        }

        if (items.Select(i => FargateProviders.Contains(i.Name, StringComparer.Ordinal)).Distinct().Count() > 1)
        {
            // "A capacity provider strategy can contain only Fargate or Auto Scaling group capacity providers, not both" (Fargate capacity providers guide; wording paraphrased).
            throw EcsErrors.InvalidParameter("A capacity provider strategy cannot contain both Fargate and Auto Scaling group capacity providers.");
        }

        return Distribute(items, count)
            .Select(name => new LaunchTarget(FargateProviders.Contains(name, StringComparer.Ordinal) ? "FARGATE" : "EC2", name))
            .ToList();
    }

    /// <summary>
    /// Base counts first, in order; the rest by weight, each task to the provider furthest below its
    /// weighted share ("After the base value is satisfied, the weight value is taken into
    /// consideration", capacity provider strategy docs), ties to the earlier provider.
    /// </summary>
    private static List<string> Distribute(List<(string Name, int Weight, int Base)> items, int count)
    {
        var given = new int[items.Count];
        var result = new List<string>(count);
        for (var i = 0; i < items.Count && result.Count < count; i++)
        {
            for (var n = 0; n < items[i].Base && result.Count < count; n++)
            {
                result.Add(items[i].Name);
            }
        }

        var totalWeight = items.Sum(i => i.Weight);
        while (result.Count < count)
        {
            var pick = 0;
            if (totalWeight > 0)
            {
                var best = double.MaxValue;
                for (var i = 0; i < items.Count; i++)
                {
                    var load = items[i].Weight == 0 ? double.MaxValue : (given[i] + 1.0) / items[i].Weight;
                    if (load < best)
                    {
                        (best, pick) = (load, i);
                    }
                }
            }

            given[pick]++;
            result.Add(items[pick].Name);
        }

        return result;
    }

    private (TaskState? Task, List<JsonObject> Failures) Launch(
        ClusterState cluster, TaskDefinitionState definition, LaunchTarget target, JsonObject? overrides,
        string? startedBy, string? group, JsonArray tags, ServiceState? service)
    {
        if (target.IsFargateSpot && _options.FargateSpotUnavailable.Any(w => w.Contains(Now)))
        {
            return (null, [new JsonObject { ["reason"] = CapacityUnavailableReason }]);
        }

        ContainerInstanceState? instance = null;
        var awaiting = false;
        if (!target.IsFargate)
        {
            var candidates = Candidates(cluster, target).ToList();
            instance = TaskPlacer.Place(candidates, definition);
            if (instance is null)
            {
                awaiting = _providers.GetValueOrDefault(target.CapacityProviderName)?.ManagedScaling ?? false;
                if (!awaiting)
                {
                    var failures = TaskPlacer.Failures(candidates, definition).ToList();
                    return (null, failures.Count > 0 ? failures : [new JsonObject { ["reason"] = "No Container Instances were found in your cluster." }]);
                }
            }
        }

        var task = CreateTask(cluster, definition, target, overrides, startedBy, group, tags, service);
        if (instance is not null)
        {
            Assign(task, instance);
        }

        if (awaiting)
        {
            cluster.AwaitingCapacity.Add(task);
            Changed(task);
        }
        else
        {
            Begin(task);
        }

        return (task, []);
    }

    private static IEnumerable<ContainerInstanceState> Candidates(ClusterState cluster, LaunchTarget target) =>
        cluster.Instances.Where(i => target.CapacityProviderName.Length == 0 || i.CapacityProviderName == target.CapacityProviderName);

    private static void Assign(TaskState task, ContainerInstanceState instance)
    {
        task.Instance = instance;
        instance.Tasks.Add(task);
    }

    private TaskState CreateTask(
        ClusterState cluster, TaskDefinitionState definition, LaunchTarget target, JsonObject? overrides,
        string? startedBy, string? group, JsonArray tags, ServiceState? service)
    {
        var id = _ids.Hex32();
        var arn = _ids.Arn($"task/{cluster.Name}/{id}");
        var containers = definition.Containers.Select(c => new ContainerRun(c, _ids.Arn($"container/{cluster.Name}/{id}/{_ids.Uuid()}"))).ToList();
        var task = new TaskState
        {
            Arn = arn,
            Cluster = cluster,
            Definition = definition,
            LaunchType = target.LaunchType,
            CapacityProviderName = target.CapacityProviderName,
            Group = group ?? (service is null ? $"family:{definition.Family}" : $"service:{service.Name}"),
            StartedBy = startedBy,
            Tags = (JsonArray)tags.DeepClone(),
            Overrides = overrides ?? new JsonObject { ["containerOverrides"] = new JsonArray(), ["inferenceAcceleratorOverrides"] = new JsonArray() },
            Service = service,
            Containers = containers,
            CreatedAt = Now,
        };
        var essential = definition.FirstEssential;
        task.Plan = _behaviour.Plan(new TaskStartContext(arn, definition.Family, essential.Name, EnvironmentOf(essential, overrides), service?.Name, target.CapacityProviderName));
        cluster.Tasks.Add(task);
        service?.LiveTasks.Add(task);
        _tasks.Add(arn, task);
        _liveTasks++;
        return task;
    }

    /// <summary>The container's environment from its definition, then containerOverrides[name].environment on top.</summary>
    private static Dictionary<string, string> EnvironmentOf(ContainerSpec container, JsonObject? overrides)
    {
        var environment = new Dictionary<string, string>(container.Environment, StringComparer.Ordinal);
        var matching = (overrides?["containerOverrides"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(o => EcsJson.String(o, "name") == container.Name);
        foreach (var pair in matching.SelectMany(o => EcsJson.Array(o, "environment").OfType<JsonObject>()))
        {
            environment[EcsJson.String(pair, "name") ?? string.Empty] = EcsJson.String(pair, "value") ?? string.Empty;
        }

        return environment;
    }
}
