namespace Orchestrator.Simulation.Workload;

/// <summary>
/// What a worker task does with its batch, as set by a scenario: how long it takes, how often it
/// fails or hangs, which messages are poison, and its exit codes and CPU use.
/// </summary>
/// <remarks>
/// <para>Duration of a task = one draw of <see cref="DurationPerBatch"/> (start-up and fixed cost)
/// plus one draw of <see cref="DurationPerMessage"/> per message. A poison message makes the task
/// fail with <see cref="FailureExitCode"/> right after processing it. Otherwise the task fails with
/// probability <see cref="FailureProbability"/> at the end of its work, or hangs (runs until stopped)
/// with probability <see cref="HangProbability"/>.</para>
/// <para>Defaults describe a well-behaved worker: 2 s per batch plus 1 s per message, never fails,
/// half its reserved CPU, ignores SIGTERM (so a stop kills it with 137 at the stop timeout).</para>
/// </remarks>
public sealed record WorkloadModel
{
    /// <summary>Time per message.</summary>
    public SecondsDistribution DurationPerMessage { get; init; } = SecondsDistribution.Fixed(1);

    /// <summary>Time per batch, on top of the per-message time.</summary>
    public SecondsDistribution DurationPerBatch { get; init; } = SecondsDistribution.Fixed(2);

    /// <summary>Probability that a task (without poison) fails at the end of its work.</summary>
    public double FailureProbability { get; init; }

    /// <summary>Probability that a task never finishes and runs until stopped.</summary>
    public double HangProbability { get; init; }

    /// <summary>Probability that a task fails to start (image pull error → TaskFailedToStart).</summary>
    public double StartFailureProbability { get; init; }

    /// <summary>True: the worker reports its poison messages as a partial batch result instead of
    /// failing the task: it processes the whole batch, writes
    /// <c>{"batchItemFailures":[{"itemIdentifier":id}]}</c> to ORCHESTRATOR_RESULT_URI (the simulated
    /// S3) and exits 0 (docs/QUEUE-DRAIN.md, "Partial batch results"). Random failures, hangs and
    /// start failures still fail the whole task.</summary>
    public bool ReportsPartialResults { get; init; }

    /// <summary>A message whose body contains this text is poison (null: none by body).</summary>
    public string? PoisonBodyMarker { get; init; }

    /// <summary>A message whose id satisfies this is poison (null: none by id).</summary>
    public Func<string, bool>? IsPoisonMessageId { get; init; }

    /// <summary>Exit code of a successful task.</summary>
    public int SuccessExitCode { get; init; }

    /// <summary>Exit code of a failed task (poison or random failure).</summary>
    public int FailureExitCode { get; init; } = 1;

    /// <summary>Exit code when the batch in the environment is malformed or its manifest is missing.</summary>
    public int MalformedBatchExitCode { get; init; } = 2;

    /// <summary>Share of the reserved CPU a running task uses, 0–1.</summary>
    public double CpuUtilization { get; init; } = 0.5;

    /// <summary>Seconds the worker needs to exit after SIGTERM (exit 143); null = it ignores SIGTERM.</summary>
    public double? GracefulShutdownSeconds { get; init; }

    /// <summary>Throws when a probability or the CPU share is outside 0–1.</summary>
    public void Validate()
    {
        Check(FailureProbability, nameof(FailureProbability));
        Check(HangProbability, nameof(HangProbability));
        Check(StartFailureProbability, nameof(StartFailureProbability));
        Check(CpuUtilization, nameof(CpuUtilization));
        if (GracefulShutdownSeconds is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(GracefulShutdownSeconds), GracefulShutdownSeconds, "Must not be negative.");
        }

        static void Check(double p, string name)
        {
            if (p is < 0 or > 1 || double.IsNaN(p))
            {
                throw new ArgumentOutOfRangeException(name, p, $"{name} must be between 0 and 1.");
            }
        }
    }

    /// <summary>True when <paramref name="message"/> always makes its task fail.</summary>
    public bool IsPoison(BatchMessage message) =>
        (PoisonBodyMarker is { Length: > 0 } marker && message.Body.Contains(marker, StringComparison.Ordinal))
        || (IsPoisonMessageId?.Invoke(message.MessageId) ?? false);
}
