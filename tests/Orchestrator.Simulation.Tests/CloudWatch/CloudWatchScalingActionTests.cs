using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.CloudWatch;

namespace Orchestrator.Simulation.Tests.CloudWatch;

public class CloudWatchScalingActionTests
{
    private const string Policy = "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:p:resource/ecs/service/batch/worker:policyName/up";

    [Fact]
    public void ScalingAction_RepeatsEveryEvaluationInAlarm_SnsActionOnlyOnTransition()
    {
        // "Except for Auto Scaling actions, the actions happen only on state transitions, and are not
        // performed again if the condition persists" (CloudWatch User Guide, "Alarm actions").
        var cw = new CloudWatchHarness();
        var invoked = new List<(DateTimeOffset At, ScalingActionInvocation Action)>();
        cw.CloudWatch.ScalingActionInvoked += a => invoked.Add((cw.Scheduler.Now, a));
        var alarm = CloudWatchHarness.Alarm();
        alarm["AlarmActions"] = new JsonArray("arn:aws:sns:us-east-1:123456789012:alarms", Policy);
        cw.Call("PutMetricAlarm", alarm);
        cw.Feed(0, 1, 10, 10, 10, 1);

        cw.RunUntil(CloudWatchHarness.Start.AddMinutes(6));

        var alarmNotifications = cw.Notifications.Count(n => n.Notification.Subject.StartsWith("ALARM", StringComparison.Ordinal));
        Assert.Equal(1, alarmNotifications);
        Assert.Equal([2, 3, 4], invoked.Select(i => (int)(i.At - CloudWatchHarness.Start).TotalMinutes));
        Assert.All(invoked, i => Assert.Equal((10.0, 5.0, "ALARM"), (i.Action.Value!.Value, i.Action.Threshold, i.Action.State)));
    }
}
