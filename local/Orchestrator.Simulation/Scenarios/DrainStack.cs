using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>The queue-drain stack's parameters, as a user sets them in serverless.template, and the
/// work queue it drains (the user's queue: its redrive and visibility settings).</summary>
/// <remarks>
/// <para>Every parameter's default is read from serverless.template itself
/// (<see cref="TemplateParameters"/>), so a scenario that states nothing simulates a default
/// deployment. Names the template leaves to the user (WorkQueueName, ClusterName, ContainerName…)
/// get a simulation's own value.</para>
/// <para>The queue's defaults are AWS's (SQS API reference, CreateQueue and RedrivePolicy):
/// maxReceiveCount 10, VisibilityTimeout 30 s, MessageRetentionPeriod 345,600 s (4 days).</para>
/// </remarks>
public sealed record DrainStack
{
    public string QueueName { get; init; } = "work";
    public string DeadLetterQueueName { get; init; } = "work-dlq";
    public int MaxReceiveCount { get; init; } = 10;
    public int QueueVisibilityTimeoutSeconds { get; init; } = 30;
    public int QueueRetentionSeconds { get; init; } = 345_600;
    public string Cluster { get; init; } = "batch";
    public string TaskFamily { get; init; } = "worker";
    public string ContainerName { get; init; } = "worker";
    public double TaskVcpu { get; init; } = TemplateParameters.DefaultNumber("TaskVcpu");
    public double TaskMemoryGb { get; init; } = TemplateParameters.DefaultNumber("TaskMemoryGb");

    /// <summary>The task definition's cpu units (1 vCPU = 1024).</summary>
    public int TaskCpuUnits => (int)Math.Round(TaskVcpu * 1024);

    /// <summary>The task definition's memory in MiB (1 GB = 1024 MiB, as ECS counts it).</summary>
    public int TaskMemoryMiB => (int)Math.Round(TaskMemoryGb * 1024);

    public string SpotCapacityProvider { get; init; } = TemplateParameters.Default("SpotCapacityProvider");
    public string OnDemandCapacityProvider { get; init; } = TemplateParameters.Default("OnDemandCapacityProvider");
    public string AssignPublicIp { get; init; } = TemplateParameters.Default("AssignPublicIp");
    public string LeaseTable { get; init; } = "orchestrator-leases";
    public string ManifestBucket { get; init; } = "orchestrator-manifests";
    public string StateMachineName { get; init; } = "queue-drain";
    public string LaneStateMachineName { get; init; } = "queue-drain-lane";
    public int MaxConcurrentTasks { get; init; } = TemplateParameters.DefaultInt("MaxConcurrentTasks");
    public int BatchSize { get; init; } = TemplateParameters.DefaultInt("BatchSize");
    public int MessagesPerTask { get; init; } = TemplateParameters.DefaultInt("MessagesPerTask");
    public int TaskTimeoutSeconds { get; init; } = TemplateParameters.DefaultInt("TaskTimeoutSeconds");
    public int FallbackAfterSeconds { get; init; } = TemplateParameters.DefaultInt("FallbackAfterSeconds");

    /// <summary>The sweep's EventBridge schedule expression; empty for none (the template's DrainSchedule).</summary>
    public string DrainSchedule { get; init; } = TemplateParameters.Default("DrainSchedule");

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
            ["AssignPublicIp"] = AssignPublicIp,
            ["SpotCapacityProvider"] = SpotCapacityProvider,
            ["OnDemandCapacityProvider"] = OnDemandCapacityProvider,
            ["ManifestBucket"] = ManifestBucket,
            ["MaxConcurrentTasks"] = Text(MaxConcurrentTasks),
            ["BatchSize"] = Text(BatchSize),
            ["MessagesPerTask"] = Text(MessagesPerTask),
            ["TaskTimeoutSeconds"] = Text(TaskTimeoutSeconds),
            ["FallbackAfterSeconds"] = Text(FallbackAfterSeconds),
            ["TaskVcpu"] = TaskVcpu.ToString(CultureInfo.InvariantCulture),
            ["TaskMemoryGb"] = TaskMemoryGb.ToString(CultureInfo.InvariantCulture),
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
