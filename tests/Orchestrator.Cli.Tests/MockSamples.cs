using System.Text.Json.Nodes;

namespace Orchestrator.Cli.Tests;

/// <summary>The repository's mock samples (statemachines/mocks/): where they are, and every test case
/// with the sample event it runs on and the end it must reach.</summary>
internal static class MockSamples
{
    public static string Root { get; } = FindRoot();

    /// <summary>The example stack the mocks describe: a value for every placeholder of every definition.</summary>
    public static IReadOnlyDictionary<string, string> Substitutions { get; } =
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "statemachines", "mocks", "substitutions.json")))!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);

    /// <summary>Machine, test case, input event (repository-relative), expected status, and the
    /// expected end: members the output must have (JSON) for a success, the error for a failure. Each end is
    /// the path the state machine's design gives those AWS answers (docs/CAPACITY.md, docs/QUEUE-DRAIN.md).</summary>
    public static TheoryData<string, string, string, string, string> Cases { get; } = new()
    {
        { "spot-interruption", "Replaced", "events/capacity/spot-warning-eventbridge.json", "SUCCEEDED", """{"Status":"replaced","Owed":1,"AppliedHere":true}""" },
        { "spot-interruption", "ReplacedFromSns", "events/capacity/spot-warning-sns-records.json", "SUCCEEDED", """{"Status":"replaced"}""" },
        { "spot-interruption", "ReplacedFromPipe", "events/capacity/spot-warning-pipe.json", "SUCCEEDED", """{"Status":"replaced"}""" },
        { "spot-interruption", "RebalanceDrainOnly", "events/capacity/rebalance-eventbridge.json", "SUCCEEDED", """{"Status":"drained"}""" },
        { "spot-interruption", "RebalanceFromSns", "events/capacity/rebalance-sns-records.json", "SUCCEEDED", """{"Status":"drained"}""" },
        { "spot-interruption", "NotInCluster", "events/capacity/spot-warning-eventbridge.json", "SUCCEEDED", """{"Status":"not-in-cluster"}""" },
        { "spot-interruption", "Duplicate", "events/capacity/spot-warning-eventbridge.json", "SUCCEEDED", """{"Status":"duplicate"}""" },
        { "spot-interruption", "ScalingFails", "events/capacity/spot-warning-eventbridge.json", "FAILED", "AutoScaling.AutoScalingException" },
        { "capacity-backfill", "RaiseAfterWait", "events/capacity/schedule-eventbridge.json", "SUCCEEDED", """{"Status":"raise","DesiredCapacity":3,"Checks":2}""" },
        { "capacity-backfill", "RaiseFromScheduler", "events/capacity/schedule-scheduler.json", "SUCCEEDED", """{"Status":"raise"}""" },
        { "capacity-backfill", "RaiseFromAlarm", "events/capacity/pending-capacity-alarm-eventbridge.json", "SUCCEEDED", """{"Status":"raise"}""" },
        { "capacity-backfill", "RaiseFromAlarmSns", "events/capacity/pending-capacity-alarm-sns-records.json", "SUCCEEDED", """{"Status":"raise"}""" },
        { "capacity-backfill", "RaiseFromAlarmPipe", "events/capacity/pending-capacity-alarm-pipe.json", "SUCCEEDED", """{"Status":"raise"}""" },
        { "capacity-backfill", "LockBusy", "events/capacity/schedule-eventbridge.json", "FAILED", "Capacity.LockBusy" },
        { "return-to-spot", "DrainOnDemand", "events/capacity/schedule-eventbridge.json", "SUCCEEDED", """{"Healthy":true,"Drained":["arn:aws:ecs:us-east-1:123456789012:container-instance/batch/a6bbdc9a3c6105976c0d4b4665c1245b"],"Terminated":[]}""" },
        { "return-to-spot", "DrainFromScheduler", "events/capacity/schedule-scheduler.json", "SUCCEEDED", """{"Drained":["arn:aws:ecs:us-east-1:123456789012:container-instance/batch/a6bbdc9a3c6105976c0d4b4665c1245b"]}""" },
        { "return-to-spot", "TerminateEmpty", "events/capacity/schedule-eventbridge.json", "SUCCEEDED", """{"Drained":[],"Terminated":["i-1234567890abcdef0"]}""" },
        { "return-to-spot", "NothingLeft", "events/capacity/schedule-eventbridge.json", "SUCCEEDED", """{"Drained":[],"Reactivated":[],"Terminated":[]}""" },
    };

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Orchestrator.sln above {AppContext.BaseDirectory}.");
    }
}
