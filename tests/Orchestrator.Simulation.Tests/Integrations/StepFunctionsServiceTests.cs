using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Services;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Integrations;

/// <summary>The simulated Step Functions service (StartExecution, DescribeExecution, ListExecutions,
/// StopExecution), per the Step Functions API reference.</summary>
public class StepFunctionsServiceTests
{
    private const string Waiting = """{"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":60,"End":true}}}""";

    [Fact]
    public void StartExecution_SameNameDifferentInput_IsExecutionAlreadyExists()
    {
        // API reference: "ExecutionAlreadyExists: The execution has the same name as another execution
        // (but a different input)."
        var account = new SimulatedAccount();
        var arn = account.StepFunctions.CreateStateMachine("m", Waiting);
        account.StepFunctions.StartExecution(arn, new JsonObject { ["a"] = 1 }, "run-1");

        var again = account.StepFunctions.StartExecution(arn, new JsonObject { ["a"] = 1 }, "run-1");
        var error = Assert.Throws<AwsServiceException>(() => account.StepFunctions.StartExecution(arn, new JsonObject { ["a"] = 2 }, "run-1"));

        Assert.Equal("run-1", again.Name);
        Assert.Single(account.StepFunctions.Executions);
        Assert.Equal("ExecutionAlreadyExists", error.Code);
    }

    [Fact]
    public void DescribeAndStop_ThroughTheApi_ReportStatusAndInputAsString()
    {
        var account = new SimulatedAccount();
        var arn = account.StepFunctions.CreateStateMachine("m", Waiting);
        var started = account.StepFunctions.Invoke("StartExecution", new JsonObject { ["stateMachineArn"] = arn, ["input"] = "{\"x\":1}" });
        var executionArn = started["executionArn"]!.GetValue<string>();

        var running = account.StepFunctions.Invoke("DescribeExecution", new JsonObject { ["executionArn"] = executionArn });
        account.StepFunctions.Invoke("StopExecution", new JsonObject { ["executionArn"] = executionArn, ["error"] = "Why", ["cause"] = "Because" });
        var stopped = account.StepFunctions.Invoke("DescribeExecution", new JsonObject { ["executionArn"] = executionArn });
        var list = account.StepFunctions.Invoke("ListExecutions", new JsonObject { ["stateMachineArn"] = arn, ["statusFilter"] = "ABORTED" });

        Assert.Equal("RUNNING", running["status"]!.GetValue<string>());
        Assert.Equal("{\"x\":1}", running["input"]!.GetValue<string>());
        Assert.Equal("ABORTED", stopped["status"]!.GetValue<string>());
        Assert.Equal("Why", stopped["error"]!.GetValue<string>());
        Assert.Single(list["executions"]!.AsArray());
    }

    [Fact]
    public void StartExecution_UnknownMachine_IsStateMachineDoesNotExist()
    {
        var account = new SimulatedAccount();

        var error = Assert.Throws<AwsServiceException>(() => account.StepFunctions.StartExecution("arn:aws:states:us-east-1:123456789012:stateMachine:nope", null));

        Assert.Equal("StateMachineDoesNotExist", error.Code);
    }

    [Fact]
    public void Executions_RunOnTheVirtualClock_AndFinish()
    {
        var account = new SimulatedAccount();
        var arn = account.StepFunctions.CreateStateMachine("m", Waiting);
        var execution = account.StepFunctions.StartExecution(arn, new JsonObject());

        account.Scheduler.Run();

        Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
        Assert.Equal(account.Options.Start.AddSeconds(60), execution.StopDate);
    }
}
