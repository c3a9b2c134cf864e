using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>The queue-drain stack's parameters, as a user sets them in serverless.template.</summary>
/// <remarks>Defaults mirror the template's, so a scenario states only what it changes.</remarks>
public sealed record DrainStack
{
    public string QueueName { get; init; } = "work";
    public string DeadLetterQueueName { get; init; } = "work-dlq";
    public int MaxReceiveCount { get; init; } = 5;
    public int QueueVisibilityTimeoutSeconds { get; init; } = 30;
    public string Cluster { get; init; } = "batch";
    public string TaskFamily { get; init; } = "worker";
    public string ContainerName { get; init; } = "worker";
    public int TaskCpuUnits { get; init; } = 256;
    public int TaskMemoryMiB { get; init; } = 512;
    public string LeaseTable { get; init; } = "orchestrator-leases";
    public string ManifestBucket { get; init; } = "orchestrator-manifests";
    public string StateMachineName { get; init; } = "queue-drain";
    public string LaneStateMachineName { get; init; } = "queue-drain-lane";
    public int MaxConcurrentTasks { get; init; } = 10;
    public int BatchSize { get; init; } = 10;
    public int MessagesPerTask { get; init; } = 10;
    public int TaskTimeoutSeconds { get; init; } = 900;
    public int FallbackAfterSeconds { get; init; } = 120;

    /// <summary>The capacity provider tried first for every batch (an EC2 cluster's Spot Auto Scaling group provider in a whole-system run).</summary>
    public string SpotCapacityProvider { get; init; } = "FARGATE_SPOT";

    /// <summary>The capacity provider a batch falls back to.</summary>
    public string OnDemandCapacityProvider { get; init; } = "FARGATE";

    /// <summary>The DefinitionSubstitutions the template gives queue-drain.asl.json.</summary>
    public IReadOnlyDictionary<string, string> Substitutions(string queueUrl, string laneStateMachineArn)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["QueueUrl"] = queueUrl,
            ["Cluster"] = Cluster,
            ["TaskDefinition"] = $"{TaskFamily}:1",
            ["ContainerName"] = ContainerName,
            ["Subnets"] = "subnet-0a1b2c3d",
            ["SecurityGroups"] = "sg-0a1b2c3d",
            ["AssignPublicIp"] = "DISABLED",
            ["SpotCapacityProvider"] = SpotCapacityProvider,
            ["OnDemandCapacityProvider"] = OnDemandCapacityProvider,
            ["ManifestBucket"] = ManifestBucket,
            ["MaxConcurrentTasks"] = Text(MaxConcurrentTasks),
            ["BatchSize"] = Text(BatchSize),
            ["MessagesPerTask"] = Text(MessagesPerTask),
            ["TaskTimeoutSeconds"] = Text(TaskTimeoutSeconds),
            ["FallbackAfterSeconds"] = Text(FallbackAfterSeconds),
            ["TaskVcpu"] = (TaskCpuUnits / 1024.0).ToString(CultureInfo.InvariantCulture),
            ["TaskMemoryGb"] = (TaskMemoryMiB / 1024.0).ToString(CultureInfo.InvariantCulture),
            ["LeaseTable"] = LeaseTable,
            ["LaneStateMachineArn"] = laneStateMachineArn,
        };
        return WithFunctions(values, "ParseDrainTrigger", "PlanDrainLanes", "SummarizeDrainCycle");
    }

    /// <summary>The DefinitionSubstitutions the template gives queue-drain-lane.asl.json (its settings,
    /// the lease owner and queue arrive in each lane's input; the lease table for its heartbeat).</summary>
    public IReadOnlyDictionary<string, string> LaneSubstitutions() =>
        WithFunctions(new Dictionary<string, string>(StringComparer.Ordinal) { ["LeaseTable"] = LeaseTable }, "BuildDrainBatch", "ClassifyDrainOutcome");

    private static Dictionary<string, string> WithFunctions(Dictionary<string, string> values, params string[] functions)
    {
        foreach (var function in functions)
        {
            values[$"{function}FunctionArn"] = Account.SimulatedAccount.FunctionArn(function);
        }

        return values;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
