using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Baselines;

/// <summary>The tasks of one queue-processing ECS service: each runs a <see cref="QueueWorker"/>.</summary>
/// <remarks>A task stopped by the service scheduler (stop code ServiceSchedulerInitiated: a lower desired
/// count) that was processing a message counts as killed mid-work in <see cref="Record"/>.</remarks>
internal sealed class PollingService : ITaskBehavior
{
    private readonly SimulatedAccount _account;
    private readonly string _queueUrl;
    private readonly WorkloadModel _model;
    private readonly SeededRandom _random;
    private readonly Dictionary<string, QueueWorker> _workers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scaledIn = new(StringComparer.Ordinal);

    public PollingService(SimulatedAccount account, string queueUrl, WorkloadModel model, SeededRandom random)
    {
        _account = account;
        _queueUrl = queueUrl;
        _model = model;
        _random = random;
        account.Ecs.TaskStateChanged += task =>
        {
            if (task["stopCode"]?.GetValue<string>() == StopCodes.ServiceSchedulerInitiated)
            {
                _scaledIn.Add(task["taskArn"]!.GetValue<string>());
            }
        };
    }

    public WorkerRecord Record { get; } = new();

    public TaskPlan Plan(TaskStartContext context)
    {
        var worker = new QueueWorker(_account.Sqs, _account.Scheduler, _queueUrl, context.TaskArn, _model, _random.Fork(), _account.Log, Record);
        _workers[context.TaskArn] = worker;
        return TaskPlan.UntilStopped with { MeasureCpu = worker.MeasureCpu };
    }

    public void Started(string taskArn, DateTimeOffset time) => _workers[taskArn].Start();

    public void Stopped(string taskArn, bool succeeded, DateTimeOffset time)
    {
        if (_workers.Remove(taskArn, out var worker))
        {
            worker.Kill(time, byScaleIn: _scaledIn.Remove(taskArn));
        }
    }
}
