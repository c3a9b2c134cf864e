using System.Globalization;

namespace Orchestrator.Core.QueueDrain;

/// <summary>
/// How one queue is drained. Built from the stack's parameters, which reach the state machine as
/// strings (SAM DefinitionSubstitutions place them inside JSON strings), so <see cref="Parse"/>
/// converts and checks every value at once.
/// </summary>
/// <remarks>
/// Defaults and why: BatchSize 10 (one SQS receive); MessagesPerTask 10 (one lane per full batch of
/// backlog); MaxConcurrentTasks 10 (well inside the Fargate launch rate); TaskTimeoutSeconds 900;
/// FallbackAfterSeconds 120 (Fargate Spot shortages are usually short, and the batch's messages stay
/// invisible meanwhile); VisibilityMarginSeconds 60 on top of task timeout and fallback wait, so a
/// message never reappears while its task may still run; backoff 30 s doubling to 15 minutes.
/// </remarks>
public sealed record DrainSettings
{
    public required string QueueUrl { get; init; }
    public required string Cluster { get; init; }
    public required string TaskDefinition { get; init; }
    public required string ContainerName { get; init; }
    public IReadOnlyList<string> Subnets { get; init; } = [];
    public IReadOnlyList<string> SecurityGroups { get; init; } = [];
    public string AssignPublicIp { get; init; } = "DISABLED";
    public string SpotCapacityProvider { get; init; } = "FARGATE_SPOT";
    public string OnDemandCapacityProvider { get; init; } = "FARGATE";
    public string ManifestBucket { get; init; } = "";
    public int MaxConcurrentTasks { get; init; } = 10;
    public int BatchSize { get; init; } = 10;
    public int MessagesPerTask { get; init; } = 10;
    public int TaskTimeoutSeconds { get; init; } = 900;
    public int FallbackAfterSeconds { get; init; } = 120;
    public int SpotRetryIntervalSeconds { get; init; } = 20;
    public int VisibilityMarginSeconds { get; init; } = 60;
    public int BackoffBaseSeconds { get; init; } = 30;
    public int BackoffMaxSeconds { get; init; } = 900;
    public int RecheckSeconds { get; init; } = 30;
    public int MaxBatchesPerLane { get; init; } = 50;
    public double TaskVcpu { get; init; } = 0.25;
    public double TaskMemoryGb { get; init; } = 0.5;

    /// <summary>The task definition's family ("worker" for "worker:3" or its ARN), for ListTasks.</summary>
    public string TaskFamily => TaskDefinition[(TaskDefinition.LastIndexOf('/') + 1)..].Split(':')[0];

    /// <summary>The queue's name: the last segment of its URL.</summary>
    public string QueueName => QueueUrl[(QueueUrl.LastIndexOf('/') + 1)..];

    /// <summary>Visibility timeout for received messages: longer than anything their task may take.</summary>
    public int VisibilityTimeoutSeconds =>
        TaskTimeoutSeconds + FallbackAfterSeconds + SpotRetryIntervalSeconds + VisibilityMarginSeconds;

    /// <summary>SQS receives per batch, each of at most 10 messages.</summary>
    public int ReceivesPerBatch => (BatchSize + 9) / 10;

    /// <summary>Parses settings given as strings; every problem is reported, none is guessed.</summary>
    /// <exception cref="InvalidInputException">A value is missing, malformed or out of range.</exception>
    public static DrainSettings Parse(IReadOnlyDictionary<string, string?> values)
    {
        var reader = new SettingsReader(values);
        var settings = new DrainSettings
        {
            QueueUrl = reader.Required("QueueUrl"),
            Cluster = reader.Required("Cluster"),
            TaskDefinition = reader.Required("TaskDefinition"),
            ContainerName = reader.Required("ContainerName"),
            Subnets = reader.List("Subnets"),
            SecurityGroups = reader.List("SecurityGroups"),
            AssignPublicIp = reader.OneOf("AssignPublicIp", "DISABLED", "ENABLED", "DISABLED"),
            SpotCapacityProvider = reader.Text("SpotCapacityProvider", "FARGATE_SPOT"),
            OnDemandCapacityProvider = reader.Text("OnDemandCapacityProvider", "FARGATE"),
            ManifestBucket = reader.Text("ManifestBucket", ""),
            MaxConcurrentTasks = reader.Int("MaxConcurrentTasks", 10, 1, 1000),
            BatchSize = reader.Int("BatchSize", 10, 1, 1000),
            MessagesPerTask = reader.Int("MessagesPerTask", 10, 1, 100_000),
            TaskTimeoutSeconds = reader.Int("TaskTimeoutSeconds", 900, 1, 86_400),
            FallbackAfterSeconds = reader.Int("FallbackAfterSeconds", 120, 0, 3600),
            SpotRetryIntervalSeconds = reader.Int("SpotRetryIntervalSeconds", 20, 1, 600),
            VisibilityMarginSeconds = reader.Int("VisibilityMarginSeconds", 60, 0, 3600),
            BackoffBaseSeconds = reader.Int("BackoffBaseSeconds", 30, 0, 43_200),
            BackoffMaxSeconds = reader.Int("BackoffMaxSeconds", 900, 0, 43_200),
            RecheckSeconds = reader.Int("RecheckSeconds", 30, 1, 3600),
            MaxBatchesPerLane = reader.Int("MaxBatchesPerLane", 50, 1, 10_000),
            TaskVcpu = reader.Double("TaskVcpu", 0.25, 0.125, 192),
            TaskMemoryGb = reader.Double("TaskMemoryGb", 0.5, 0.5, 1536),
        };
        if (!settings.QueueUrl.StartsWith("https://", StringComparison.Ordinal) || settings.QueueName.Length == 0)
        {
            reader.Problem("QueueUrl", $"'{settings.QueueUrl}' is not an SQS queue URL (https://sqs.<region>.amazonaws.com/<account>/<name>).");
        }

        if (settings.VisibilityTimeoutSeconds > 43_200)
        {
            reader.Problem("TaskTimeoutSeconds", $"task timeout + fallback wait + margin is {settings.VisibilityTimeoutSeconds} s, over SQS's 12-hour visibility limit.");
        }

        if (settings.BackoffMaxSeconds < settings.BackoffBaseSeconds)
        {
            reader.Problem("BackoffMaxSeconds", "must not be below BackoffBaseSeconds.");
        }

        reader.ThrowIfProblems();
        return settings;
    }

    /// <summary>Formats a number the way <see cref="Parse"/> reads it.</summary>
    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
