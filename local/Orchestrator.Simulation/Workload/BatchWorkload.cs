using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Workload;

/// <summary>
/// The scenario-driven <see cref="ITaskBehavior"/>: reads each task's batch from its environment
/// (<see cref="BatchEnvelope"/>), plans its run from a <see cref="WorkloadModel"/>, and records
/// TaskStarted / TaskFinished per message in the <see cref="MessageLog"/>.
/// </summary>
/// <remarks>
/// Each task draws from its own fork of the workload's random stream, always the same draws in the
/// same order (start failure, hang, failure, then durations), so changing one probability does not
/// shift any other task's durations. Service tasks (no batch) serve until stopped.
/// </remarks>
public sealed class BatchWorkload : ITaskBehavior
{
    private readonly WorkloadModel _model;
    private readonly SeededRandom _random;
    private readonly MessageLog? _log;
    private readonly Func<string, string, string?>? _readObject;
    private readonly Dictionary<string, IReadOnlyList<BatchMessage>> _batches = new(StringComparer.Ordinal);

    /// <summary>Creates the workload; <paramref name="readObject"/> reads S3 manifests (bucket, key → text or null).</summary>
    public BatchWorkload(WorkloadModel model, SeededRandom random, MessageLog? log = null, Func<string, string, string?>? readObject = null)
    {
        model.Validate();
        _model = model;
        _random = random;
        _log = log;
        _readObject = readObject;
    }

    /// <summary>The batch a task was given, once planned (empty when it had none or it was malformed).</summary>
    public IReadOnlyList<BatchMessage> BatchOf(string taskArn) => _batches.GetValueOrDefault(taskArn) ?? [];

    /// <inheritdoc/>
    public TaskPlan Plan(TaskStartContext context)
    {
        var random = _random.Fork();
        var startFails = random.NextDouble() < _model.StartFailureProbability;
        var hangs = random.NextDouble() < _model.HangProbability;
        var fails = random.NextDouble() < _model.FailureProbability;
        var basePlan = new TaskPlan
        {
            CpuUtilization = _model.CpuUtilization,
            SigtermGrace = _model.GracefulShutdownSeconds is { } grace ? TimeSpan.FromSeconds(grace) : null,
        };

        if (startFails)
        {
            // Wording of AWS's stopped-task error for an image pull failure (ECS developer guide,
            // "Stopped tasks error codes": CannotPullContainerError).
            return basePlan with { StartFailure = $"CannotPullContainerError: pull image manifest has been retried 5 time(s): simulated image pull failure for container {context.ContainerName}" };
        }

        if (context.ServiceName is not null)
        {
            return basePlan with { RunFor = null };
        }

        if (!BatchEnvelope.TryRead(context.Environment, _readObject, out var batch, out var error))
        {
            return basePlan with { RunFor = TimeSpan.FromSeconds(1), ExitCode = _model.MalformedBatchExitCode, ContainerReason = error };
        }

        _batches[context.TaskArn] = batch.Messages;
        var elapsed = _model.DurationPerBatch.SampleTime(random);
        foreach (var message in batch.Messages)
        {
            elapsed += _model.DurationPerMessage.SampleTime(random);
            if (_model.IsPoison(message))
            {
                return basePlan with { RunFor = elapsed, ExitCode = _model.FailureExitCode };
            }
        }

        if (hangs)
        {
            return basePlan with { RunFor = null };
        }

        return basePlan with { RunFor = elapsed, ExitCode = fails ? _model.FailureExitCode : _model.SuccessExitCode };
    }

    /// <inheritdoc/>
    public void Started(string taskArn, DateTimeOffset time)
    {
        foreach (var message in BatchOf(taskArn))
        {
            _log?.TaskStarted(message.MessageId, taskArn, time);
        }
    }

    /// <inheritdoc/>
    public void Stopped(string taskArn, bool succeeded, DateTimeOffset time)
    {
        foreach (var message in BatchOf(taskArn))
        {
            _log?.TaskFinished(message.MessageId, taskArn, succeeded, time);
        }
    }
}
