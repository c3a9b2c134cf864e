using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Model;

namespace Orchestrator.Simulation.Services.StepFunctions;

/// <summary>
/// The Step Functions service of the simulated account, backed by the local engine: state machines,
/// StartExecution (names unique per state machine, as AWS enforces), DescribeExecution,
/// ListExecutions, StopExecution and the task-token callbacks.
/// </summary>
/// <remarks>
/// StartExecution with the name of an execution that is still running and the same input answers
/// that execution again, as AWS does for Standard workflows; any other reuse of a name is
/// <c>ExecutionAlreadyExists</c>. The engine keeps the executions and names those the caller leaves
/// unnamed (UUIDs from the seeded random).
/// </remarks>
public sealed partial class SimulatedStepFunctions(StepFunctionsEngine engine, string region = "us-east-1", string account = "123456789012") : ISimulatedService
{
    private readonly Dictionary<string, StateMachine> _machines = new(StringComparer.Ordinal);
    private readonly List<Execution> _started = [];

    public string ServiceName => "sfn";

    /// <summary>The engine executions run on.</summary>
    public StepFunctionsEngine Engine => engine;

    /// <summary>Every execution started, in start order; with <see cref="Keep"/> set, only those running and
    /// those kept when they finished.</summary>
    public IReadOnlyList<Execution> Executions => _started;

    /// <summary>Which finished executions to keep (history included); null keeps all. See <see cref="StepFunctionsEngine.Keep"/>.</summary>
    public Func<Execution, bool>? Keep
    {
        get => engine.Keep;
        set => engine.Keep = value;
    }

    /// <summary>Raised when an execution finishes, whatever its status.</summary>
    public event Action<Execution>? ExecutionFinished;

    /// <summary>Parses and registers a state machine; its ARN is returned.</summary>
    public string CreateStateMachine(string name, string definition, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        var arn = $"arn:aws:states:{region}:{account}:stateMachine:{name}";
        if (_machines.ContainsKey(arn))
        {
            throw new AwsServiceException("sfn", "StateMachineAlreadyExists", 400, $"State Machine Already Exists: '{arn}'");
        }

        _machines[arn] = StateMachine.Parse(definition, substitutions);
        return arn;
    }

    /// <summary>Starts an execution. <paramref name="input"/> is the parsed input (AWS takes a string).</summary>
    public Execution StartExecution(string stateMachineArn, JsonNode? input, string? name = null)
    {
        if (!_machines.TryGetValue(stateMachineArn, out var machine))
        {
            throw new AwsServiceException("sfn", "StateMachineDoesNotExist", 400, $"State Machine Does Not Exist: '{stateMachineArn}'");
        }

        var machineName = stateMachineArn[(stateMachineArn.LastIndexOf(':') + 1)..];
        if (name is not null && engine.Executions.TryGetValue($"arn:aws:states:{region}:{account}:execution:{machineName}:{name}", out var existing))
        {
            return existing.Status == ExecutionStatus.Running && JsonNode.DeepEquals(existing.Input, input)
                ? existing
                : throw new AwsServiceException("sfn", "ExecutionAlreadyExists", 400, $"Execution Already Exists: '{existing.Arn}'");
        }

        var options = new ExecutionOptions { Name = name, StateMachineName = machineName, Region = region, Account = account };
        var execution = engine.Start(machine, input?.DeepClone(), options);
        _started.Add(execution);
        if (execution.IsFinished)
        {
            Finished(execution);
        }
        else
        {
            execution.Completed += (_, _) => Finished(execution);
        }

        return execution;
    }

    private void Finished(Execution execution)
    {
        ExecutionFinished?.Invoke(execution);
        if (Keep is { } keep && !keep(execution))
        {
            // The list holds only running and kept executions, so the search stays short.
            _started.Remove(execution);
        }
    }

    /// <summary>The execution with this ARN.</summary>
    public Execution Describe(string executionArn) =>
        engine.Executions.TryGetValue(executionArn, out var execution)
            ? execution
            : throw new AwsServiceException("sfn", "ExecutionDoesNotExist", 400, $"Execution Does Not Exist: '{executionArn}'");

    /// <summary>The DescribeExecution answer (the model's member names; Input and Output as strings).</summary>
    public static JsonObject DescribeJson(Execution e)
    {
        var answer = new JsonObject
        {
            ["executionArn"] = e.Arn,
            ["stateMachineArn"] = e.StateMachineArn,
            ["name"] = e.Name,
            ["status"] = e.Status.ToAwsName(),
            ["startDate"] = Timestamp(e.StartDate),
            ["input"] = e.Input?.ToJsonString() ?? "null",
        };
        if (e.StopDate is { } stop)
        {
            answer["stopDate"] = Timestamp(stop);
        }

        if (e.Status == ExecutionStatus.Succeeded)
        {
            answer["output"] = e.Output?.ToJsonString() ?? "null";
        }

        if (e.Error is not null)
        {
            answer["error"] = e.Error;
        }

        if (e.Cause is not null)
        {
            answer["cause"] = e.Cause;
        }

        return answer;
    }

    /// <summary>Timestamps as ISO 8601 UTC with milliseconds, the form Step Functions' JSON output shows.</summary>
    public static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
