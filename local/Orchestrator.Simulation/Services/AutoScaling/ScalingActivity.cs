using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>One scaling activity (launching or terminating one instance), as DescribeScalingActivities shows it.</summary>
internal sealed class ScalingActivity
{
    public required string Id { get; init; }

    public required string GroupName { get; init; }

    public required string Description { get; init; }

    public required string Cause { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public required string AvailabilityZone { get; init; }

    /// <summary>True when the activity comes from a capacity change (manual scaling), so it starts the cooldown.</summary>
    public bool Scaling { get; init; }

    public DateTimeOffset? EndTime { get; set; }

    /// <summary>InProgress, Successful, Failed.</summary>
    public string StatusCode { get; set; } = "InProgress";

    public string? StatusMessage { get; set; }

    public JsonObject ToJson(string groupArn)
    {
        var json = new JsonObject
        {
            ["ActivityId"] = Id,
            ["AutoScalingGroupName"] = GroupName,
            ["Description"] = Description,
            ["Cause"] = Cause,
            ["StartTime"] = Ec2Json.Time(StartTime),
            ["StatusCode"] = StatusCode,
            ["Progress"] = StatusCode == "InProgress" ? 0 : 100,
            ["Details"] = $"{{\"Subnet ID\":\"subnet-{AvailabilityZone}\",\"Availability Zone\":\"{AvailabilityZone}\"}}",
            ["AutoScalingGroupARN"] = groupArn,
        };
        if (EndTime is { } end)
        {
            json["EndTime"] = Ec2Json.Time(end);
        }

        if (StatusMessage is not null)
        {
            json["StatusMessage"] = StatusMessage;
        }

        return json;
    }
}
