using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;
using Orchestrator.Simulation.Faults;
using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Tests.Account;

/// <summary>Faults injected per operation into the calls state machines make.</summary>
public class ApiFaultTests
{
    private const string Describe = "arn:aws:states:::aws-sdk:autoscaling:describeAutoScalingGroups";

    [Fact]
    public void Fault_AlwaysFiring_TaskFailsWithTheServicesThrottlingErrorAndReachesNothing()
    {
        // Auto Scaling throttles with code "Throttling" (Common Errors); the model has no such shape, so
        // the aws-sdk integration names it after the service's base exception (AwsErrorNames).
        var (execution, account) = Call(Describe, new ApiFault("autoscaling", "DescribeAutoScalingGroups", 1.0));

        Assert.Equal("AutoScaling.AutoScalingException", execution.Error);
        Assert.StartsWith("Rate exceeded (Service: AutoScaling, Status Code: 400", execution.Cause, StringComparison.Ordinal);
        Assert.Equal(1, account.RefusedCalls);
    }

    [Fact]
    public void Fault_OnAnotherOperationOrOutsideItsWindow_CallSucceeds()
    {
        var other = Call(Describe, new ApiFault("autoscaling", "SetDesiredCapacity", 1.0)).Execution;
        var later = Call(Describe, new ApiFault("autoscaling", "*", 1.0, From: new AccountOptions().Start.AddHours(1))).Execution;

        Assert.Equal(ExecutionStatus.Succeeded, other.Status);
        Assert.Equal(ExecutionStatus.Succeeded, later.Status);
    }

    [Fact]
    public void Fault_WithCode_AnswersThatCodeAsTheModelledException()
    {
        // ScalingActivityInProgressFault is modelled: the Java SDK v2 class is ScalingActivityInProgressException.
        var fault = new ApiFault("autoscaling", "*", 1.0, Code: "ScalingActivityInProgressFault");

        Assert.Equal("AutoScaling.ScalingActivityInProgressException", Call(Describe, fault).Execution.Error);
    }

    [Fact]
    public void Fault_HalfTheTime_SameSeedRefusesTheSameCalls()
    {
        static string Pattern(long seed)
        {
            var options = new AccountOptions { Seed = seed, ApiFaults = [new ApiFault("sqs", "*", 0.5)] };
            var account = new SimulatedAccount(options);
            var outcomes = new List<char>();
            for (var i = 0; i < 40; i++)
            {
                var call = Run(account, "arn:aws:states:::aws-sdk:sqs:listQueues", new JsonObject());
                outcomes.Add(call.Status == ExecutionStatus.Succeeded ? '.' : 'x');
            }

            return new string([.. outcomes]);
        }

        var first = Pattern(7);
        Assert.Equal(first, Pattern(7));
        Assert.Contains("x", first, StringComparison.Ordinal);
        Assert.Contains(".", first, StringComparison.Ordinal);
    }

    private static (Execution Execution, SimulatedAccount Account) Call(string resource, ApiFault fault)
    {
        var account = new SimulatedAccount(new AccountOptions { ApiFaults = [fault] });
        return (Run(account, resource, new JsonObject()), account);
    }

    private static Execution Run(SimulatedAccount account, string resource, JsonObject parameters)
    {
        var definition = new JsonObject
        {
            ["StartAt"] = "Call",
            ["States"] = new JsonObject { ["Call"] = new JsonObject { ["Type"] = "Task", ["Resource"] = resource, ["Parameters"] = parameters, ["End"] = true } },
        };
        var arn = account.StepFunctions.CreateStateMachine($"probe-{account.Engine.Executions.Count}", definition.ToJsonString());
        var execution = account.StepFunctions.StartExecution(arn, new JsonObject());
        account.Scheduler.RunUntil(() => execution.IsFinished);
        return execution;
    }
}
