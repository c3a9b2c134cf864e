using Orchestrator.Simulation.Scenarios;
using Orchestrator.Simulation.Services.Ec2;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>The <c>faults:</c> section of scenario files: every kind of fault reaches the account's settings, and every mistake is named.</summary>
public class ScenarioFaultsTests
{
    private const string Traffic = "traffic:\n  - burst: { messages: 1 }\n";

    [Fact]
    public void Parse_EveryFaultKind_ReachesTheAccountSettings()
    {
        // capacity: makes it a whole-system scenario, where the EC2 faults apply.
        var scenario = ScenarioLoader.Parse(Traffic + "capacity: {}\n" + """
            faults:
              lambdaThrottleProbability: 0.1
              lambdaColdStart: 2s
              api:
                - { service: autoscaling, operation: SetDesiredCapacity, probability: 0.25, from: 10m, to: 20m }
                - { service: ecs, probability: 1, code: ServerException, status: 500 }
              spotCapacity:
                - { from: 1h, to: 1h30m, state: gone, instanceType: m5.large, interruptRunning: true }
              spotInterruptions:
                - { at: 2h, count: 3 }
              spotInterruptionsPerInstanceHour: 0.05
              rebalanceLead: 5m
              autoScaling:
                SetDesiredCapacity: { scalingActivityInProgress: 0.5, throttling: 0.1 }
              eventDelivery: { duplicateProbability: 0.2, delayedProbability: 0.1, maxExtraDelay: 30s }
            workload:
              hangProbability: 0.01
              startFailureProbability: 0.02
            """);
        var options = scenario.Account;
        var start = options.Start;

        Assert.Equal(0.1, options.Lambda.ThrottleProbability);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Lambda.ColdStart);
        Assert.Equal(2, options.ApiFaults.Count);
        Assert.Equal(("autoscaling", "SetDesiredCapacity", 0.25, start.AddMinutes(10), start.AddMinutes(20)), (options.ApiFaults[0].Service, options.ApiFaults[0].Operation, options.ApiFaults[0].Probability, options.ApiFaults[0].From!.Value, options.ApiFaults[0].Until!.Value));
        Assert.Equal(("*", "ServerException", 500), (options.ApiFaults[1].Operation, options.ApiFaults[1].Code!, options.ApiFaults[1].Status));
        var window = Assert.Single(options.Ec2.SpotCapacity);
        Assert.Equal(new SpotCapacityWindow(start.AddHours(1), start.AddMinutes(90), SpotCapacityState.Gone, "m5.large", null, 0.5, true), window);
        Assert.Equal(new SpotInterruption(start.AddHours(2), 3), Assert.Single(options.Ec2.Interruptions));
        Assert.Equal(0.05, options.Ec2.InterruptionRatePerHour);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Ec2.RebalanceLead);
        Assert.Equal(0.5, options.AutoScaling.Faults["SetDesiredCapacity"].ScalingActivityInProgress);
        Assert.Equal(0.1, options.AutoScaling.Faults["SetDesiredCapacity"].Throttling);
        Assert.Equal((0.2, 0.1, TimeSpan.FromSeconds(30)), (options.EventBridge.DuplicateDeliveryProbability, options.EventBridge.DelayedDeliveryProbability, options.EventBridge.MaxExtraDelay));
        Assert.Equal((0.01, 0.02), (options.Workload.HangProbability, options.Workload.StartFailureProbability));
        Assert.Equal(start + scenario.Horizon, options.Scheduler.StopSchedulesAt);
        Assert.Equal(start + scenario.Horizon, options.Pipes.StopPollingAt);
    }

    [Theory]
    [InlineData("faults:\n  api:\n    - { service: lambda, probability: 1 }", "faults.api[0].service: 'lambda' is not a simulated service")]
    [InlineData("faults:\n  api:\n    - { service: sqs }", "faults.api[0].probability is required.")]
    [InlineData("faults:\n  api:\n    - { probability: 0.5 }", "faults.api[0].service is required.")]
    [InlineData("faults:\n  api:\n    - { service: sqs, probability: 1.5 }", "faults.api[0].probability must be between 0 and 1")]
    [InlineData("faults:\n  spotCapacity:\n    - { from: 1h, to: 2h, state: low }", "faults.spotCapacity[0].state: 'low' is not one of available, scarce, gone.")]
    [InlineData("faults:\n  spotCapacity:\n    - { from: soon, to: 2h, state: gone }", "faults.spotCapacity[0].from: 'soon' is not a duration")]
    [InlineData("faults:\n  spotInterruptions:\n    - { at: 1h, count: 0 }", "faults.spotInterruptions[0].count must be ≥ 1.")]
    [InlineData("faults:\n  spotInterruptionsPerInstanceHour: -1", "faults.spotInterruptionsPerInstanceHour must be a number ≥ 0")]
    [InlineData("faults:\n  autoScaling:\n    SetDesiredCapacity: { throttling: 2 }", "faults.autoScaling.SetDesiredCapacity.throttling must be between 0 and 1")]
    [InlineData("faults:\n  eventDelivery: { duplicateProbability: -0.1 }", "faults.eventDelivery.duplicateProbability must be between 0 and 1")]
    [InlineData("faults:\n  rebalanceLead: 2 minutes", "faults.rebalanceLead: '2 minutes' is not a duration")]
    [InlineData("workload:\n  hangProbability: 3", "workload.hangProbability must be between 0 and 1")]
    public void Parse_BadFault_NamesTheField(string yaml, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Traffic + yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Matches(@"^line \d+: ", error.Message);
    }
}
