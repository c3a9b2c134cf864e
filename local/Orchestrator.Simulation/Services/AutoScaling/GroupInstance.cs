using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>An instance of an Auto Scaling group, with its lifecycle state in the group.</summary>
internal sealed class GroupInstance(Ec2Instance instance, double weight, ScalingActivity activity)
{
    public Ec2Instance Instance { get; } = instance;

    public double Weight { get; } = weight;

    /// <summary>The activity that launched or is terminating it.</summary>
    public ScalingActivity Activity { get; set; } = activity;

    /// <summary>Pending, InService, Terminating.</summary>
    public string LifecycleState { get; set; } = "Pending";

    public bool Protected { get; set; }

    /// <summary>Received a rebalance recommendation or interruption warning while Capacity Rebalancing is on: being replaced.</summary>
    public bool AtRisk { get; set; }

    public bool Counts => LifecycleState is "Pending" or "InService" && !AtRisk;

    public JsonObject ToJson(JsonObject? launchTemplate, bool weighted)
    {
        var json = new JsonObject
        {
            ["InstanceId"] = Instance.Id,
            ["InstanceType"] = Instance.Type.Name,
            ["AvailabilityZone"] = Instance.AvailabilityZone,
            ["LifecycleState"] = LifecycleState,
            ["HealthStatus"] = "Healthy",
            ["ProtectedFromScaleIn"] = Protected,
        };
        if (launchTemplate is not null)
        {
            json["LaunchTemplate"] = launchTemplate.DeepClone();
        }

        if (weighted)
        {
            json["WeightedCapacity"] = Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return json;
    }
}
