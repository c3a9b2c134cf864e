namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>How one simulated task behaves once its containers run.</summary>
/// <remarks>
/// <para><see cref="StartFailure"/> set: the task never runs; it stops with stop code
/// TaskFailedToStart and that text as stoppedReason (e.g. a CannotPullContainerError).</para>
/// <para>Otherwise the essential container exits by itself with <see cref="ExitCode"/> after
/// <see cref="RunFor"/>, or never (<see cref="RunFor"/> null: it hangs until stopped). On a stop
/// request (StopTask, Spot interruption, scale-in) it receives SIGTERM: with
/// <see cref="SigtermGrace"/> null it ignores it and is killed (exit 137) when the container's stop
/// timeout runs out; otherwise it exits with 143 after that grace, unless its own work ends first.</para>
/// </remarks>
public sealed record TaskPlan
{
    /// <summary>A task that runs until something stops it.</summary>
    public static TaskPlan UntilStopped { get; } = new() { RunFor = null };

    /// <summary>Time from RUNNING until the essential container exits on its own; null = never.</summary>
    public TimeSpan? RunFor { get; init; }

    /// <summary>The essential container's exit code when it exits on its own.</summary>
    public int ExitCode { get; init; }

    /// <summary>The container's <c>reason</c> when it exits on its own (null when AWS would give none).</summary>
    public string? ContainerReason { get; init; }

    /// <summary>Non-null: the task fails to start with this stoppedReason.</summary>
    public string? StartFailure { get; init; }

    /// <summary>Share of the task's reserved CPU it uses while running, 0–1 (for CPUUtilization).</summary>
    public double CpuUtilization { get; init; } = 0.5;

    /// <summary>When set, the share of reserved CPU used since the previous call (0–1), read at each
    /// metrics period instead of <see cref="CpuUtilization"/>: a worker that idles between messages.</summary>
    public Func<double>? MeasureCpu { get; init; }

    /// <summary>How long the container takes to exit after SIGTERM; null = it ignores SIGTERM.</summary>
    public TimeSpan? SigtermGrace { get; init; }
}
