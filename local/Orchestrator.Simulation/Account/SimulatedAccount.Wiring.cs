using System.Text.Json.Nodes;
using Orchestrator.Simulation.Faults;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Account;

/// <summary>How the services reach each other: EC2 hosts to ECS, alarms to SNS, events to Lambda, faults on calls.</summary>
public sealed partial class SimulatedAccount
{
    private readonly SeededRandom _faults;
    private readonly Dictionary<string, (string Cluster, string? CapacityProvider)> _ecsHosts = new(StringComparer.Ordinal);
    private readonly List<FaultyService> _faultyServices = [];

    /// <summary>
    /// Makes the instances a Spot Fleet request (<c>sfr-…</c>) or an Auto Scaling group (by name) launches
    /// join <paramref name="cluster"/> as ECS container instances once running, as the ECS agent does
    /// with <c>ECS_CLUSTER</c> in user data; <paramref name="capacityProvider"/> names the group's ECS
    /// capacity provider (null for a Spot Fleet, which has none).
    /// </summary>
    public void HostEcsInstances(string poolId, string cluster, string? capacityProvider = null) =>
        _ecsHosts[poolId] = (cluster, capacityProvider);

    /// <summary>How many state machine calls the injected API faults refused.</summary>
    public int RefusedCalls => _faultyServices.Sum(s => s.Refused);

    /// <summary>The cluster an instance joins, found from the tags EC2 sets on fleet and group instances.</summary>
    private (string Cluster, string CapacityProvider)? RouteToCluster(Ec2InstanceSnapshot instance)
    {
        foreach (var tag in new[] { "aws:ec2spot:fleet-request-id", "aws:autoscaling:groupName" })
        {
            if (instance.Tags.TryGetValue(tag, out var pool) && _ecsHosts.TryGetValue(pool, out var host))
            {
                return (host.Cluster, host.CapacityProvider ?? "");
            }
        }

        return null;
    }

    /// <summary>An alarm action publishes its message to the topic; a missing topic fails the action, as AWS records in the alarm history.</summary>
    private void NotifyTopic(AlarmNotification notification)
    {
        try
        {
            Sns.Invoke("Publish", new JsonObject
            {
                ["TopicArn"] = notification.TopicArn,
                ["Subject"] = notification.Subject,
                ["Message"] = notification.Message,
            });
        }
        catch (AwsServiceException)
        {
            // The alarm's state still changes; only the notification is lost.
        }
    }

    /// <summary>An EventBridge rule, schedule or SNS subscription invoking a Lambda function asynchronously.</summary>
    private void InvokeFromEvent(EventTargetInvocation invocation) =>
        Lambda.Invoke(invocation.TargetArn, JsonNode.Parse(invocation.Input), _ => { });

    private ISimulatedService WithFaults(ISimulatedService service)
    {
        var faults = Options.ApiFaults.Where(f => f.Service == service.ServiceName).ToList();
        if (faults.Count == 0)
        {
            return service;
        }

        FaultyService faulty = service is IAsyncSimulatedService async
            ? new FaultyAsyncService(async, faults, Scheduler, _faults)
            : new FaultyService(service, faults, Scheduler, _faults);
        _faultyServices.Add(faulty);
        return faulty;
    }
}
