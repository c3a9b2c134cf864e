using System.Text.Json.Nodes;
using Orchestrator.States.Integrations;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Execution;

/// <summary>
/// The local Step Functions service: starts executions of parsed state machines and drives them
/// on a shared <see cref="Scheduler"/>, single-threaded and deterministic. Many executions can
/// run interleaved on one engine; callbacks (SendTaskSuccess…) go through it by task token.
/// </summary>
/// <remarks>
/// <para>Work that is ready now (a Pass, a Choice, a Task whose integration answered at once)
/// runs straight away from a FIFO ready queue, without a trip through the scheduler; only
/// waits, retry delays, timeouts and integrations' own latencies are scheduled. The queue is
/// drained by whoever made work ready (Start, a scheduler event, a callback), never
/// re-entrantly, so the call stack stays flat however long the workflow loops.</para>
/// <para>Two engines given the same scheduler start time, seed, integrations and calls produce
/// identical histories.</para>
/// </remarks>
public sealed class StepFunctionsEngine
{
    private readonly Queue<BranchRun> _ready = new();
    private readonly Dictionary<string, TaskRun> _tokens = new(StringComparer.Ordinal);
    private readonly List<IServiceIntegration> _integrations;
    private readonly Dictionary<string, Execution> _executions = new(StringComparer.Ordinal);
    private bool _draining;

    /// <summary>Creates an engine on <paramref name="scheduler"/>.</summary>
    /// <param name="scheduler">The virtual clock every wait, retry and timeout runs on.</param>
    /// <param name="random">The source of task tokens, retry jitter and States.MathRandom/UUID;
    /// each execution forks its own generator from it when it starts.</param>
    /// <param name="integrations">The services Task states can call, first match wins.</param>
    public StepFunctionsEngine(Scheduler scheduler, SeededRandom random, IEnumerable<IServiceIntegration>? integrations = null)
    {
        Scheduler = scheduler;
        Random = random;
        _integrations = [.. integrations ?? []];
    }

    /// <summary>The virtual clock.</summary>
    public Scheduler Scheduler { get; }

    /// <summary>The engine's random source.</summary>
    public SeededRandom Random { get; }

    /// <summary>
    /// Decides, once an execution has finished (and its Completed handlers have run), whether the engine
    /// keeps it; an execution not kept loses its history and leaves <see cref="Executions"/>, so a long
    /// simulation's memory follows the executions running, not those run. Null (the default) keeps all.
    /// </summary>
    /// <remarks>A forgotten execution's name may be used again, which AWS refuses for 90 days; the
    /// simulation's drains name executions uniquely.</remarks>
    public Func<Execution, bool>? Keep { get; set; }

    /// <summary>Executions still running.</summary>
    public int RunningCount { get; private set; }

    /// <summary>Every execution started, by execution ARN (DescribeExecution's lookup).</summary>
    public IReadOnlyDictionary<string, Execution> Executions => _executions;

    /// <summary>Adds an integration after construction (e.g. one that needs the engine itself,
    /// such as states:startExecution).</summary>
    public void AddIntegration(IServiceIntegration integration) => _integrations.Add(integration);

    /// <summary>Starts an execution; it runs until its first wait before this returns.</summary>
    /// <exception cref="StatesException">ExecutionAlreadyExists when the execution ARN (state
    /// machine and execution name) was used before on this engine.</exception>
    public Execution Start(StateMachine machine, JsonNode? input, ExecutionOptions? options = null)
    {
        options ??= new ExecutionOptions();
        if (options.Name is null)
        {
            options = options with { Name = NewExecutionName() };
        }

        var execution = new Execution(this, machine, input, options, Random.Fork());
        if (!_executions.TryAdd(execution.Arn, execution))
        {
            // StartExecution's error for a name already used by this state machine.
            throw new StatesException("ExecutionAlreadyExists", $"Execution Already Exists: '{execution.Arn}'");
        }

        RunningCount++;
        execution.Begin();
        Drain();
        return execution;
    }

    /// <summary>Completes the task waiting on <paramref name="taskToken"/> with <paramref name="output"/>.</summary>
    /// <exception cref="StatesException">TaskDoesNotExist when no running task has that token
    /// (the SendTaskSuccess API error for unknown, finished or timed-out tasks).</exception>
    public void SendTaskSuccess(string taskToken, JsonNode? output) => Task(taskToken).OnTokenSuccess(output);

    /// <summary>Fails the task waiting on <paramref name="taskToken"/>.</summary>
    /// <exception cref="StatesException">TaskDoesNotExist, as for <see cref="SendTaskSuccess"/>.</exception>
    public void SendTaskFailure(string taskToken, string? error, string? cause) => Task(taskToken).OnTokenFailure(error, cause);

    /// <summary>Resets the HeartbeatSeconds timer of the task waiting on <paramref name="taskToken"/>.</summary>
    /// <exception cref="StatesException">TaskDoesNotExist, as for <see cref="SendTaskSuccess"/>.</exception>
    public void SendTaskHeartbeat(string taskToken) => Task(taskToken).OnTokenHeartbeat();

    internal IServiceIntegration? FindIntegration(ResourceArn resource)
    {
        foreach (var integration in _integrations)
        {
            if (integration.CanInvoke(resource))
            {
                return integration;
            }
        }

        return null;
    }

    internal void RegisterToken(string token, TaskRun run) => _tokens[token] = run;

    internal void UnregisterToken(string token) => _tokens.Remove(token);

    internal void Enqueue(BranchRun branch) => _ready.Enqueue(branch);

    /// <summary>Runs every ready branch step until none is left.</summary>
    internal void Drain()
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (_ready.TryDequeue(out var branch))
            {
                branch.RunPending();
            }
        }
        finally
        {
            _draining = false;
        }
    }

    internal void OnFinished(Execution execution) => RunningCount--;

    internal void AfterCompleted(Execution execution)
    {
        if (Keep is { } keep && !keep(execution))
        {
            execution.ReleaseHistory();
            _executions.Remove(execution.Arn);
        }
    }

    /// <summary>A version-4-shaped UUID from the seeded source (never Guid.NewGuid).</summary>
    private string NewExecutionName()
    {
        var high = Random.NextUInt64();
        var low = Random.NextUInt64();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{high >> 32:x8}-{(high >> 16) & 0xFFFF:x4}-4{high & 0xFFF:x3}-{0x8000 | (low >> 48 & 0x3FFF):x4}-{low & 0xFFFFFFFFFFFF:x12}");
    }

    private TaskRun Task(string token)
    {
        if (_tokens.TryGetValue(token, out var run))
        {
            return run;
        }

        throw new StatesException("TaskDoesNotExist", $"Task does not exist anymore (token {Abbreviate(token)}).");
    }

    private static string Abbreviate(string token) => token.Length <= 16 ? token : token[..16] + "…";
}
