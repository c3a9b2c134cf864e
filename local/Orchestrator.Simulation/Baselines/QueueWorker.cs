using System.Text.Json.Nodes;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Baselines;

/// <summary>
/// The container of a queue-processing service task, as the seeds run it: long-poll one message
/// (WaitTimeSeconds 20), process it, delete it on success, poll again, until the task is stopped.
/// </summary>
/// <remarks>
/// It ignores SIGTERM (a process without a handler running as PID 1, the default of the seeds' workers),
/// so a stopped task keeps working until ECS kills it when the stop timeout ends; a message it was
/// processing then is "killed mid-work" and reappears after the queue's visibility timeout. A failed
/// or poison message is left undeleted and comes back the same way. Processing time per message is the
/// scenario's per-message duration; a task's start-up is ECS's own provisioning and pull time.
/// </remarks>
internal sealed class QueueWorker
{
    private readonly SimulatedSqs _sqs;
    private readonly Scheduler _scheduler;
    private readonly string _queueUrl;
    private readonly string _taskArn;
    private readonly WorkloadModel _model;
    private readonly SeededRandom _random;
    private readonly MessageLog _log;
    private readonly WorkerRecord _record;
    private (string Id, string Receipt, ScheduledEvent Done)? _current;
    private bool _stopped;
    private DateTimeOffset _busySince;
    private DateTimeOffset _measuredAt;
    private TimeSpan _busy;

    public QueueWorker(SimulatedSqs sqs, Scheduler scheduler, string queueUrl, string taskArn, WorkloadModel model, SeededRandom random, MessageLog log, WorkerRecord record)
    {
        _sqs = sqs;
        _scheduler = scheduler;
        _queueUrl = queueUrl;
        _taskArn = taskArn;
        _model = model;
        _random = random;
        _log = log;
        _record = record;
        _measuredAt = scheduler.Now;
    }

    public void Start()
    {
        _measuredAt = _scheduler.Now;
        Poll();
    }

    /// <summary>The container exited (killed or the task stopped).</summary>
    public void Kill(DateTimeOffset time, bool byScaleIn)
    {
        _stopped = true;
        if (_current is { } current)
        {
            current.Done.Cancel();
            _log.TaskFinished(current.Id, _taskArn, succeeded: false, time);
            if (byScaleIn)
            {
                _record.AddKilled(current.Id);
            }

            _current = null;
        }
    }

    /// <summary>Share of the time since the previous call spent processing (CPU use relative to the reservation).</summary>
    public double MeasureCpu()
    {
        var now = _scheduler.Now;
        var busy = _busy + (_current is null ? TimeSpan.Zero : now - _busySince);
        var elapsed = now - _measuredAt;
        _busy = TimeSpan.Zero;
        _busySince = now;
        _measuredAt = now;
        return elapsed <= TimeSpan.Zero ? 0 : Math.Min(1, busy / elapsed);
    }

    private void Poll()
    {
        if (_stopped)
        {
            return;
        }

        var request = new JsonObject { ["QueueUrl"] = _queueUrl, ["MaxNumberOfMessages"] = 1, ["WaitTimeSeconds"] = 20 };
        _sqs.InvokeAsync("ReceiveMessage", request).ContinueWith(
            t =>
            {
                if (t.IsFaulted)
                {
                    // The SDK's retry: an error answer (throttling, a fault) is tried again a second later.
                    _scheduler.Schedule(TimeSpan.FromSeconds(1), Poll);
                    return;
                }

                Received(t.Result);
            },
            TaskContinuationOptions.ExecuteSynchronously);
    }

    private void Received(JsonNode answer)
    {
        if (_stopped)
        {
            return; // the answer reached a dead process: the message stays invisible until its timeout.
        }

        if (answer["Messages"] is not JsonArray { Count: > 0 } messages)
        {
            Poll();
            return;
        }

        var message = messages[0]!;
        var id = message["MessageId"]!.GetValue<string>();
        var body = message["Body"]!.GetValue<string>();
        var receipt = message["ReceiptHandle"]!.GetValue<string>();
        var fails = _random.NextDouble() < _model.FailureProbability || _model.IsPoison(new BatchMessage(id, receipt, body));
        var duration = _model.DurationPerMessage.SampleTime(_random);
        _busySince = _scheduler.Now;
        _log.TaskStarted(id, _taskArn, _scheduler.Now);
        var done = _scheduler.Schedule(duration, () => Finish(id, receipt, !fails));
        _current = (id, receipt, done);
    }

    private void Finish(string id, string receipt, bool succeeded)
    {
        _busy += _scheduler.Now - _busySince;
        _current = null;
        _log.TaskFinished(id, _taskArn, succeeded, _scheduler.Now);
        if (succeeded)
        {
            try
            {
                _sqs.Invoke("DeleteMessage", new JsonObject { ["QueueUrl"] = _queueUrl, ["ReceiptHandle"] = receipt });
            }
            catch (Services.AwsServiceException)
            {
                // A receipt handle outlived by a newer receive: the message stays and runs again.
            }
        }

        Poll();
    }
}
