using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>
/// EventBridge envelopes for EC2 events, in the shape of AWS's samples (EC2 User Guide, "Spot Instance
/// interruption notices" and "EC2 instance rebalance recommendations"): source aws.ec2, resources
/// holding the instance ARN whose region field is the Availability Zone and which has no account
/// ("arn:aws:ec2:us-east-2a:instance/i-1234567890abcdef0").
/// </summary>
public sealed partial class SimulatedEc2
{
    private void Publish(string detailType, Ec2Instance instance, JsonObject detail, bool zoneArn = true)
    {
        if (EventPublished is not { } publish)
        {
            return;
        }

        var arn = zoneArn
            ? $"arn:aws:ec2:{instance.AvailabilityZone}:instance/{instance.Id}"
            : instance.Arn(_options.Region, _options.AccountId);
        publish(new JsonObject
        {
            ["version"] = "0",
            ["id"] = _ids.Uuid(),
            ["detail-type"] = detailType,
            ["source"] = "aws.ec2",
            ["account"] = _options.AccountId,
            ["time"] = Ec2Json.Seconds(Now),
            ["region"] = _options.Region,
            ["resources"] = new JsonArray(arn),
            ["detail"] = detail,
        });
    }

    /// <summary>"EC2 Instance State-change Notification": detail {"instance-id", "state"}, resources the regional instance ARN (EC2 User Guide sample).</summary>
    private void PublishStateChange(Ec2Instance instance) =>
        Publish("EC2 Instance State-change Notification", instance, new() { ["instance-id"] = instance.Id, ["state"] = instance.State }, zoneArn: false);
}
