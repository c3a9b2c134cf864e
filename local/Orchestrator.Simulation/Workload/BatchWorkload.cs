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
    private readonly Action<string, string, string>? _writeObject;
    private readonly Dictionary<string, IReadOnlyList<BatchMessage>> _batches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Uri, IReadOnlyList<string> Failed)> _results = new(StringComparer.Ordinal);

    /// <summary>Creates the workload; <paramref name="readObject"/> reads S3 manifests (bucket, key → text or null),
    /// <paramref name="writeObject"/> writes partial batch results (bucket, key, body).</summary>
    public BatchWorkload(WorkloadModel model, SeededRandom random, MessageLog? log = null, Func<string, string, string?>? readObject = null, Action<string, string, string>? writeObject = null)
    {
        model.Validate();
        _model = model;
        _random = random;
        _log = log;
        _readObject = readObject;
        _writeObject = writeObject;
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
        var failed = new List<string>();
        foreach (var message in batch.Messages)
        {
            elapsed += _model.DurationPerMessage.SampleTime(random);
            if (_model.IsPoison(message))
            {
                if (!_model.ReportsPartialResults || !context.Environment.TryGetValue(BatchEnvelope.ResultVariable, out _))
                {
                    return basePlan with { RunFor = elapsed, ExitCode = _model.FailureExitCode };
                }

                failed.Add(message.MessageId);
            }
        }

        if (failed.Count > 0)
        {
            _results[context.TaskArn] = (context.Environment[BatchEnvelope.ResultVariable], failed);
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
        if (succeeded && _results.Remove(taskArn, out var result) && _writeObject is not null && result.Uri.StartsWith("s3://", StringComparison.Ordinal))
        {
            // Written before the task stops, as a worker does before exiting 0.
            var path = result.Uri["s3://".Length..];
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var failures = new System.Text.Json.Nodes.JsonArray([.. result.Failed.Select(id => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject { ["itemIdentifier"] = id })]);
            _writeObject(path[..slash], path[(slash + 1)..], new System.Text.Json.Nodes.JsonObject { ["batchItemFailures"] = failures }.ToJsonString());
        }

        _results.Remove(taskArn);
        foreach (var message in BatchOf(taskArn))
        {
            _log?.TaskFinished(message.MessageId, taskArn, succeeded, time);
        }
    }
}
