using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>Container instances: registration and termination (for the EC2 side), list, describe, drain.</summary>
public sealed partial class SimulatedEcs
{
    /// <summary>Registers an EC2 instance as an ACTIVE container instance of <paramref name="cluster"/>; returns its ARN.</summary>
    /// <exception cref="AwsServiceException">Unknown cluster.</exception>
    /// <exception cref="ArgumentException">The EC2 instance is already registered, or its resources are not positive.</exception>
    public string RegisterContainerInstance(string cluster, ContainerInstanceRegistration registration)
    {
        var state = ResolveCluster(cluster);
        if (registration.Cpu <= 0 || registration.Memory <= 0)
        {
            throw new ArgumentException($"Instance {registration.Ec2InstanceId} needs positive CPU and memory, got {registration.Cpu} and {registration.Memory}.", nameof(registration));
        }

        if (FindInstanceByEc2Id(registration.Ec2InstanceId) is { Status: not "INACTIVE" })
        {
            throw new ArgumentException($"EC2 instance {registration.Ec2InstanceId} is already registered.", nameof(registration));
        }

        var instance = new ContainerInstanceState
        {
            Arn = _ids.Arn($"container-instance/{state.Name}/{_ids.Hex32()}"),
            Ec2InstanceId = registration.Ec2InstanceId,
            CapacityProviderName = registration.CapacityProviderName,
            Cpu = registration.Cpu,
            Memory = registration.Memory,
            Attributes = new Dictionary<string, string>(registration.Attributes ?? new Dictionary<string, string>(), StringComparer.Ordinal),
            RegisteredAt = Now,
        };
        state.Instances.Add(instance);
        PlaceAwaiting(state);
        ReconcileAll(state);
        return instance.Arn;
    }

    /// <summary>
    /// The EC2 instance is gone: its tasks stop at once — a standalone task dies with its instance —
    /// with stoppedReason "Host EC2 (instance i-…) terminated." and stop code SpotInterruption for a
    /// Spot interruption, TerminationNotice otherwise (both derived from the TaskStopCode enum; no
    /// recording seen). The container instance becomes INACTIVE. Unknown ids are ignored.
    /// </summary>
    public void InstanceTerminated(string ec2InstanceId, bool spotInterruption)
    {
        if (FindInstanceByEc2Id(ec2InstanceId) is not { Status: not "INACTIVE" } instance)
        {
            return;
        }

        instance.Status = "INACTIVE";
        instance.Version++;
        foreach (var task in instance.Tasks.ToList())
        {
            task.NextEvent?.Cancel();
            task.DesiredStatus = "STOPPED";
            task.StopCode = spotInterruption ? StopCodes.SpotInterruption : StopCodes.TerminationNotice;
            task.StoppedReason = StopCodes.HostTerminatedReason(ec2InstanceId);
            task.StoppingAt ??= Now;
            task.ExecutionStoppedAt = Now;
            foreach (var c in task.Containers)
            {
                c.LastStatus = "STOPPED";
            }

            if (task.BehaviourStarted)
            {
                _behaviour.Stopped(task.Arn, false, Now);
            }

            Finish(task);
        }
    }

    private ContainerInstanceState? FindInstanceByEc2Id(string ec2InstanceId) =>
        _clusters.Values.SelectMany(c => c.Instances).LastOrDefault(i => i.Ec2InstanceId == ec2InstanceId);

    private JsonNode ListContainerInstances(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var query = EcsJson.String(request, "filter") is { Length: > 0 } filter ? ClusterQuery.Parse(filter) : null;
        var status = EcsJson.String(request, "status");
        // Without a status filter every instance except INACTIVE ones is listed (ListContainerInstances API reference).
        var arns = cluster.Instances
            .Where(i => status is null ? i.Status != "INACTIVE" : i.Status == status)
            .Where(i => query?.Matches(i) ?? true)
            .Select(i => i.Arn)
            .ToList();
        return Page(arns, request, "containerInstanceArns");
    }

    private JsonNode DescribeContainerInstances(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var references = EcsJson.Strings(request, "containerInstances").ToList();
        if (references.Count > 100)
        {
            // "up to 100 container instance IDs or full ARN entries" (DescribeContainerInstances API reference).
            throw EcsErrors.InvalidParameter($"containerInstances: at most 100 per call, got {references.Count}.");
        }

        var found = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in references)
        {
            if (FindInstance(cluster, reference) is { } instance)
            {
                found.Add(instance.ToJson());
            }
            else
            {
                failures.Add(new JsonObject { ["arn"] = reference, ["reason"] = "MISSING" });
            }
        }

        return new JsonObject { ["containerInstances"] = found, ["failures"] = failures };
    }

    private JsonNode UpdateContainerInstancesState(JsonObject request)
    {
        var cluster = ResolveCluster(request);
        var references = EcsJson.Strings(request, "containerInstances").ToList();
        if (references.Count > 10)
        {
            // "A list of up to 10 container instance IDs or full ARN entries." (ecs.json)
            throw EcsErrors.InvalidParameter($"containerInstances: at most 10 container instances per call, got {references.Count}.");
        }

        var status = EcsJson.String(request, "status")!;
        if (status is not ("ACTIVE" or "DRAINING"))
        {
            // The API reference: "Once a container instance has reached an ACTIVE state, you can change [it] to DRAINING"; only ACTIVE and DRAINING are settable.
            throw EcsErrors.InvalidParameter($"status: container instances can only be set to ACTIVE or DRAINING, not {status}.");
        }

        var updated = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in references)
        {
            var instance = FindInstance(cluster, reference);
            if (instance is null || instance.Status == "INACTIVE")
            {
                failures.Add(new JsonObject { ["arn"] = reference, ["reason"] = "MISSING" });
                continue;
            }

            if (instance.Status != status)
            {
                instance.Status = status;
                instance.Version++;
                if (status == "DRAINING")
                {
                    DrainServiceTasks(instance);
                }
            }

            updated.Add(instance.ToJson());
        }

        PlaceAwaiting(cluster);
        ReconcileAll(cluster);
        return new JsonObject { ["containerInstances"] = updated, ["failures"] = failures };
    }

    /// <summary>
    /// Draining stops the instance's service tasks (the scheduler replaces them elsewhere); standalone
    /// tasks keep running: "Any PENDING or RUNNING tasks that do not belong to a service aren't affected."
    /// </summary>
    private void DrainServiceTasks(ContainerInstanceState instance)
    {
        foreach (var task in instance.Tasks.Where(t => t.Service is not null).ToList())
        {
            RequestStop(task, StopCodes.ServiceSchedulerInitiated, $"Task stopped because container instance {instance.Arn} is draining.");
        }
    }

    private static ContainerInstanceState? FindInstance(ClusterState cluster, string reference) =>
        cluster.Instances.FirstOrDefault(i => i.Arn == reference || i.Arn.EndsWith("/" + reference, StringComparison.Ordinal));

    /// <summary>Places tasks waiting in PROVISIONING for Auto Scaling group capacity, oldest first.</summary>
    private void PlaceAwaiting(ClusterState cluster)
    {
        foreach (var task in cluster.AwaitingCapacity.ToList())
        {
            var target = new LaunchTarget(task.LaunchType, task.CapacityProviderName);
            if (TaskPlacer.Place(Candidates(cluster, target), task.Definition) is { } instance)
            {
                cluster.AwaitingCapacity.Remove(task);
                Assign(task, instance);
                Begin(task);
            }
        }
    }
}
