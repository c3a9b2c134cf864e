using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services;

namespace Orchestrator.Simulation.Capacity;

/// <summary>
/// A batch workload on EC2 capacity, as a job scheduler drives it: jobs wait in a queue, and every
/// <c>retryEvery</c> the oldest are started with RunTask (launch type EC2, one task per call) until a
/// placement fails for lack of capacity. A job whose task is stopped by a Spot interruption goes back to
/// the head of the queue. Records how long each job waited for capacity and how its tasks stopped.
/// </summary>
/// <remarks>RunTask answers a task that does not fit with <c>failures[]</c> (RESOURCE:CPU/MEMORY) and a
/// cluster without container instances with InvalidParameterException; both mean "no capacity now".</remarks>
public sealed class QueuedTasks
{
    private readonly SimulatedAccount _account;
    private readonly string _cluster;
    private readonly string _taskDefinition;
    private readonly TimeSpan _retryEvery;
    private readonly LinkedList<DateTimeOffset> _queue = new();
    private readonly Dictionary<string, DateTimeOffset> _running = new(StringComparer.Ordinal);
    private readonly List<(DateTimeOffset Queued, DateTimeOffset Started)> _starts = [];
    private readonly Dictionary<string, int> _stopCodes = new(StringComparer.Ordinal);
    private bool _ticking;

    public QueuedTasks(SimulatedAccount account, string cluster, string taskDefinition, TimeSpan retryEvery)
    {
        _account = account;
        _cluster = cluster;
        _taskDefinition = taskDefinition;
        _retryEvery = retryEvery;
        account.Ecs.TaskStopped += OnStopped;
    }

    /// <summary>Every start: when the job was queued (or requeued after a Spot interruption) and when its task was placed.</summary>
    public IReadOnlyList<(DateTimeOffset Queued, DateTimeOffset Started)> Starts => _starts;

    /// <summary>How long each start waited in the queue (a requeued job counts again from its requeue).</summary>
    public IReadOnlyList<TimeSpan> Waits => _starts.Select(s => s.Started - s.Queued).ToList();

    /// <summary>Jobs still waiting for capacity.</summary>
    public int Waiting => _queue.Count;

    /// <summary>Total seconds jobs waited for capacity, including those still waiting now.</summary>
    public double WaitSeconds => _starts.Sum(s => (s.Started - s.Queued).TotalSeconds) + _queue.Sum(at => (_account.Scheduler.Now - at).TotalSeconds);

    /// <summary>Stopped tasks of this workload by stop code (EssentialContainerExited for a normal end).</summary>
    public IReadOnlyDictionary<string, int> StopCodes => _stopCodes;

    /// <summary>Queues <paramref name="count"/> jobs now.</summary>
    public void Submit(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _queue.AddLast(_account.Scheduler.Now);
        }

        Tick();
    }

    /// <summary>Queues <paramref name="count"/> jobs every <paramref name="interval"/> from now until <paramref name="until"/>.</summary>
    public void SubmitEvery(TimeSpan interval, int count, DateTimeOffset until)
    {
        if (_account.Scheduler.Now >= until)
        {
            return;
        }

        Submit(count);
        _account.Scheduler.Schedule(interval, () => SubmitEvery(interval, count, until));
    }

    private void Tick()
    {
        while (_queue.First is { } oldest && TryRun())
        {
            _starts.Add((oldest.Value, _account.Scheduler.Now));
            _queue.RemoveFirst();
        }

        if (_queue.Count > 0 && !_ticking)
        {
            _ticking = true;
            _account.Scheduler.Schedule(_retryEvery, () =>
            {
                _ticking = false;
                Tick();
            });
        }
    }

    private bool TryRun()
    {
        JsonNode answer;
        try
        {
            answer = _account.Ecs.Invoke("RunTask", new JsonObject
            {
                ["cluster"] = _cluster,
                ["taskDefinition"] = _taskDefinition,
                ["launchType"] = "EC2",
                ["count"] = 1,
                ["startedBy"] = "capacity-workload",
            });
        }
        catch (AwsServiceException)
        {
            return false;
        }

        if (answer["tasks"] is not JsonArray { Count: > 0 } tasks)
        {
            return false;
        }

        _running[tasks[0]!["taskArn"]!.GetValue<string>()] = _account.Scheduler.Now;
        return true;
    }

    private void OnStopped(JsonObject task)
    {
        if (!_running.Remove(task["taskArn"]?.GetValue<string>() ?? ""))
        {
            return;
        }

        var code = task["stopCode"]?.GetValue<string>() ?? "none";
        _stopCodes[code] = _stopCodes.GetValueOrDefault(code) + 1;
        if (code == "SpotInterruption")
        {
            _queue.AddFirst(_account.Scheduler.Now);
            Tick();
        }
    }
}
