using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Services and the service scheduler that keeps desiredCount tasks running.</summary>
/// <remarks>
/// The scheduler reconciles at once on CreateService/UpdateService and whenever capacity may have
/// appeared (a service task stopped, an instance registered or re-activated, a Fargate Spot outage
/// ended). It launches the shortfall (tasks that cannot be placed are retried on the next
/// reconcile) and, when over, stops PROVISIONING/PENDING tasks before RUNNING ones, newest first,
/// with stop code ServiceSchedulerInitiated. Services launch outside the RunTask rate bucket.
/// </remarks>
public sealed partial class SimulatedEcs
{
    private JsonNode CreateService(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var name = EcsJson.String(request, "serviceName")!;
        if (cluster.Services.Any(s => s.Name == name && s.Status == "ACTIVE"))
        {
            // AWS's wording for a duplicate service name.
            throw EcsErrors.InvalidParameter("Creation of service was not idempotent.");
        }

        var definition = FindTaskDefinition(EcsJson.String(request, "taskDefinition") ?? string.Empty)
            ?? throw EcsErrors.InvalidParameter("TaskDefinition not found.");
        var launchType = EcsJson.String(request, "launchType");
        var strategy = (JsonArray)EcsJson.Array(request, "capacityProviderStrategy").DeepClone();
        var desired = EcsJson.Int(request, "desiredCount") ?? 0;
        if (desired < 0)
        {
            throw EcsErrors.InvalidParameter("desiredCount must not be negative.");
        }

        ResolveTargets(cluster, launchType, strategy, 1); // validates the launch type / strategy now, as AWS does.
        var service = new ServiceState
        {
            Name = name,
            Arn = _ids.Arn($"service/{cluster.Name}/{name}"),
            Cluster = cluster,
            Definition = definition,
            CreatedAt = Now,
            StartedBy = $"ecs-svc/{_ids.Digits19()}",
            DeploymentId = $"ecs-svc/{_ids.Digits19()}",
            LaunchType = launchType ?? (strategy.Count == 0 && cluster.DefaultStrategy.Count == 0 ? "EC2" : null),
            Strategy = strategy,
            DesiredCount = desired,
        };
        cluster.Services.Add(service);
        Reconcile(service);
        return new JsonObject { ["service"] = service.ToJson(Now) };
    }

    private JsonNode UpdateService(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var service = FindService(cluster, EcsJson.String(request, "service")!) ?? throw EcsErrors.ServiceNotFound();
        if (service.Status != "ACTIVE")
        {
            throw new AwsServiceException(ServiceName, "ServiceNotActiveException", 400, "Service was not ACTIVE.");
        }

        if (EcsJson.Int(request, "desiredCount") is { } desired)
        {
            service.DesiredCount = desired >= 0 ? desired : throw EcsErrors.InvalidParameter("desiredCount must not be negative.");
        }

        if (EcsJson.String(request, "taskDefinition") is { } reference)
        {
            service.Definition = FindTaskDefinition(reference) ?? throw EcsErrors.InvalidParameter("TaskDefinition not found.");
        }

        Reconcile(service);
        return new JsonObject { ["service"] = service.ToJson(Now) };
    }

    private JsonNode DescribeServices(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var references = EcsJson.Strings(request, "services").ToList();
        if (references.Count > 10)
        {
            // DescribeServices: "You may specify up to 10 services to describe." (API reference)
            throw EcsErrors.InvalidParameter($"services: at most 10 services can be described per call, got {references.Count}.");
        }

        var services = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in references)
        {
            if (FindService(cluster, reference) is { } service)
            {
                services.Add(service.ToJson(Now));
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = reference.StartsWith("arn:", StringComparison.Ordinal) ? reference : _ids.Arn($"service/{cluster.Name}/{reference}"), ["reason"] = "MISSING" });
            }
        }

        return new JsonObject { ["services"] = services, ["failures"] = failures };
    }

    private static ServiceState? FindService(ClusterState cluster, string reference) =>
        cluster.Services.LastOrDefault(s => s.Name == reference || s.Arn == reference);

    private void ReconcileAll(ClusterState cluster)
    {
        foreach (var service in cluster.Services.ToList())
        {
            Reconcile(service);
        }
    }

    private void Reconcile(ServiceState service)
    {
        if (service.Status != "ACTIVE")
        {
            return;
        }

        var live = service.LiveTasks.Where(t => t.DesiredStatus == "RUNNING").ToList();
        if (live.Count > service.DesiredCount)
        {
            var reason = StopCodes.ScalingReason(service.DeploymentId);
            foreach (var task in live.OrderBy(t => t.LastStatus == "RUNNING").ThenByDescending(t => t.CreatedAt).Take(live.Count - service.DesiredCount))
            {
                RequestStop(task, StopCodes.ServiceSchedulerInitiated, reason);
            }

            return;
        }

        var shortfall = service.DesiredCount - live.Count;
        if (shortfall == 0)
        {
            return;
        }

        var targets = ResolveTargets(service.Cluster, service.LaunchType, service.Strategy, shortfall);
        foreach (var target in targets)
        {
            Launch(service.Cluster, service.Definition, target, overrides: null, service.StartedBy, group: null, tags: [], service);
        }
    }
}
