using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Clusters, capacity providers and task definitions.</summary>
public sealed partial class SimulatedEcs
{
    /// <summary>FARGATE and FARGATE_SPOT: "available to all accounts", only associated with clusters (Fargate capacity providers guide).</summary>
    private static readonly string[] FargateProviders = ["FARGATE", "FARGATE_SPOT"];

    private JsonNode CreateCluster(JsonObject request)
    {
        // CreateCluster is idempotent on the name: an existing cluster is returned as it is.
        var name = EcsJson.String(request, "clusterName") ?? "default";
        if (!_clusters.TryGetValue(name, out var cluster))
        {
            cluster = new ClusterState
            {
                Name = name,
                Arn = _ids.Arn($"cluster/{name}"),
                Tags = (JsonArray)EcsJson.Array(request, "tags").DeepClone(),
                DefaultStrategy = (JsonArray)EcsJson.Array(request, "defaultCapacityProviderStrategy").DeepClone(),
            };
            _clusters.Add(name, cluster);
        }

        return new JsonObject { ["cluster"] = ClusterJson(cluster) };
    }

    private JsonNode DescribeClusters(JsonObject request)
    {
        var names = EcsJson.Strings(request, "clusters").ToList();
        if (names.Count == 0)
        {
            names.Add("default");
        }

        var clusters = new JsonArray();
        var failures = new JsonArray();
        foreach (var name in names)
        {
            var key = name.StartsWith("arn:", StringComparison.Ordinal) ? name[(name.LastIndexOf('/') + 1)..] : name;
            if (_clusters.TryGetValue(key, out var cluster))
            {
                clusters.Add(ClusterJson(cluster));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = name.StartsWith("arn:", StringComparison.Ordinal) ? name : _ids.Arn($"cluster/{name}"), ["reason"] = "MISSING" });
            }
        }

        return new JsonObject { ["clusters"] = clusters, ["failures"] = failures };
    }

    private JsonObject ClusterJson(ClusterState cluster)
    {
        var providers = new JsonArray();
        foreach (var name in FargateProviders.Concat(_providers.Values.Where(p => p.ClusterName is null || p.ClusterName == cluster.Name).Select(p => p.Name)))
        {
            providers.Add(name);
        }

        return new JsonObject
        {
            ["clusterArn"] = cluster.Arn,
            ["clusterName"] = cluster.Name,
            ["status"] = "ACTIVE",
            ["registeredContainerInstancesCount"] = cluster.Instances.Count(i => i.Status != "INACTIVE"),
            ["runningTasksCount"] = cluster.Tasks.Count(t => t.LastStatus == "RUNNING"),
            ["pendingTasksCount"] = cluster.Tasks.Count(t => t.LastStatus is "PENDING" or "PROVISIONING"),
            ["activeServicesCount"] = cluster.Services.Count(s => s.Status == "ACTIVE"),
            ["statistics"] = new JsonArray(),
            ["tags"] = cluster.Tags.DeepClone(),
            ["settings"] = new JsonArray(new JsonObject { ["name"] = "containerInsights", ["value"] = "disabled" }),
            ["capacityProviders"] = providers,
            ["defaultCapacityProviderStrategy"] = cluster.DefaultStrategy.DeepClone(),
        };
    }

    private JsonNode CreateCapacityProvider(JsonObject request)
    {
        var name = EcsJson.String(request, "name")!;
        if (FargateProviders.Contains(name, StringComparer.Ordinal)
            || name.StartsWith("aws", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("ecs", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("fargate", StringComparison.OrdinalIgnoreCase))
        {
            // CreateCapacityProvider API reference: the name "can't be prefixed with aws, ecs, or fargate".
            throw EcsErrors.InvalidParameter($"The capacity provider name '{name}' is reserved: it can't be prefixed with \"aws\", \"ecs\", or \"fargate\".");
        }

        if (_providers.ContainsKey(name))
        {
            throw EcsErrors.Client($"A capacity provider with the name '{name}' already exists.");
        }

        if (request["autoScalingGroupProvider"] is not JsonObject asg)
        {
            throw EcsErrors.InvalidParameter("autoScalingGroupProvider: the simulated ECS supports Auto Scaling group capacity providers only.");
        }

        var clusterName = EcsJson.String(request, "cluster");
        if (clusterName is not null)
        {
            clusterName = ResolveCluster(clusterName).Name;
        }

        var json = new JsonObject
        {
            ["capacityProviderArn"] = _ids.Arn($"capacity-provider/{name}"),
            ["name"] = name,
            ["status"] = "ACTIVE",
            ["autoScalingGroupProvider"] = asg.DeepClone(),
            ["tags"] = EcsJson.Array(request, "tags").DeepClone(),
            ["type"] = "EC2_AUTOSCALING",
        };
        var managed = asg["managedScaling"] is JsonObject ms && EcsJson.String(ms, "status") == "ENABLED";
        _providers.Add(name, new CapacityProviderState { Name = name, ClusterName = clusterName, ManagedScaling = managed, Json = json });
        return new JsonObject { ["capacityProvider"] = json.DeepClone() };
    }

    private JsonNode RegisterTaskDefinition(JsonObject request)
    {
        var family = EcsJson.String(request, "family")!;
        var containers = new List<ContainerSpec>();
        foreach (var node in EcsJson.Array(request, "containerDefinitions"))
        {
            if (node is not JsonObject c || EcsJson.String(c, "name") is not { Length: > 0 } name)
            {
                throw EcsErrors.Client("Container.name should not be null or empty.");
            }

            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in EcsJson.Array(c, "environment").OfType<JsonObject>())
            {
                environment[EcsJson.String(e, "name") ?? string.Empty] = EcsJson.String(e, "value") ?? string.Empty;
            }

            var essential = c["essential"] is JsonValue ev && ev.TryGetValue<bool>(out var b) ? b : true;
            var memory = EcsJson.Int(c, "memory") ?? EcsJson.Int(c, "memoryReservation") ?? 0;
            var stopTimeout = TimeSpan.FromSeconds(EcsJson.Int(c, "stopTimeout") ?? 30);
            containers.Add(new ContainerSpec(name, essential, EcsJson.Int(c, "cpu") ?? 0, memory, environment, stopTimeout));
        }

        if (containers.Count == 0 || !containers.Any(c => c.Essential))
        {
            // "All tasks must have at least one essential container." (ECS task definition parameters)
            throw EcsErrors.Client("Task definition must have at least one essential container.");
        }

        var taskCpu = EcsJson.Units(EcsJson.String(request, "cpu"), 1024) ?? containers.Sum(c => c.Cpu);
        var taskMemory = EcsJson.Units(EcsJson.String(request, "memory"), 1024) ?? containers.Sum(c => c.Memory);
        if (taskMemory <= 0)
        {
            throw EcsErrors.Client($"Invalid setting for container '{containers[0].Name}'. At least one of 'memory' or 'memoryReservation' must be specified.");
        }

        if (!_families.TryGetValue(family, out var revisions))
        {
            _families[family] = revisions = [];
        }

        var revision = revisions.Count + 1;
        var arn = _ids.Arn($"task-definition/{family}:{revision}");
        var json = (JsonObject)request.DeepClone();
        json.Remove("tags");
        json["taskDefinitionArn"] = arn;
        json["revision"] = revision;
        json["status"] = "ACTIVE";
        json["cpu"] = EcsJson.Number(taskCpu);
        json["memory"] = EcsJson.Number(taskMemory);
        json["registeredAt"] = EcsJson.Time(Now);
        json["compatibilities"] = new JsonArray("EC2", "FARGATE");
        revisions.Add(new TaskDefinitionState { Arn = arn, Family = family, Revision = revision, Cpu = taskCpu, Memory = taskMemory, Containers = containers, Json = json });
        return new JsonObject { ["taskDefinition"] = json.DeepClone(), ["tags"] = EcsJson.Array(request, "tags").DeepClone() };
    }

    private JsonNode DescribeTaskDefinition(JsonObject request)
    {
        // AWS answers an unknown definition with ClientException "Unable to describe task definition.".
        var definition = FindTaskDefinition(EcsJson.String(request, "taskDefinition")!)
            ?? throw EcsErrors.Client("Unable to describe task definition.");
        return new JsonObject { ["taskDefinition"] = definition.Json.DeepClone(), ["tags"] = new JsonArray() };
    }

    /// <summary>"family", "family:revision" or a full ARN; a bare family means its latest revision.</summary>
    private TaskDefinitionState? FindTaskDefinition(string reference)
    {
        var text = reference.StartsWith("arn:", StringComparison.Ordinal) ? reference[(reference.IndexOf('/', StringComparison.Ordinal) + 1)..] : reference;
        var colon = text.LastIndexOf(':');
        var family = colon < 0 ? text : text[..colon];
        if (!_families.TryGetValue(family, out var revisions) || revisions.Count == 0)
        {
            return null;
        }

        if (colon < 0)
        {
            return revisions[^1];
        }

        return int.TryParse(text[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            && revision >= 1 && revision <= revisions.Count ? revisions[revision - 1] : null;
    }
}
