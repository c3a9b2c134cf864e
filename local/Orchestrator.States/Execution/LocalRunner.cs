using System.Text.Json.Nodes;
using Orchestrator.States.Model;
using Orchestrator.States.Timing;

namespace Orchestrator.States.Execution;

/// <summary>Runs one execution to completion on its own scheduler: the CLI's <c>run</c>, tests
/// and conformance cases. Virtual time passes as fast as the events allow.</summary>
public static class LocalRunner
{
    /// <summary>Runs <paramref name="machine"/> on <paramref name="input"/>.</summary>
    /// <remarks>When nothing is left to happen while the execution still runs (a task token
    /// nobody will send, an activity nobody polls, and no timeout), the result has status
    /// Running and the stop date is the last virtual time reached.</remarks>
    /// <exception cref="KeyNotFoundException">The mock configuration has no such state machine or test case.</exception>
    public static ExecutionResult Run(StateMachine machine, JsonNode? input, RunOptions options)
    {
        var scheduler = new Scheduler(options.Start);
        var engine = new StepFunctionsEngine(scheduler, new SeededRandom(options.Seed), options.Integrations);
        var execution = engine.Start(machine, input, new ExecutionOptions
        {
            Name = options.ExecutionName,
            StateMachineName = options.StateMachineName,
            MockedStates = options.Mocks?.Resolve(options.StateMachineName, options.TestCase),
        });
        scheduler.RunUntil(() => execution.IsFinished);
        return new ExecutionResult(execution.Status, execution.Output, execution.Error, execution.Cause,
            execution.History, execution.StartDate, execution.StopDate ?? scheduler.Now);
    }
}
