using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>Strict scenario files: every mistake of issue 12 is refused with the key path and its line,
/// and no .NET type name reaches the message.</summary>
public class ScenarioStrictTests
{
    private const string Traffic = "traffic:\n  - burst: { messages: 1 }\n";

    [Theory]
    [InlineData("workload:\n  secondsPerBach: 3", "line 4: workload.secondsPerBach is not a key of workload. Did you mean `secondsPerBatch`?")]
    [InlineData("stak: {}", "line 3: 'stak' is not a scenario key. Did you mean `stack`?")]
    [InlineData("horizon: 2h\nhorizon: 3h", "line 4: the key 'horizon' is given twice in the same mapping (first on line 3).")]
    [InlineData("seed: abc", "line 3: seed must be a whole number, got 'abc'.")]
    [InlineData("workload:\n  failureProbability: high", "line 4: workload.failureProbability must be a number, got 'high'.")]
    [InlineData("workload:\n  failureProbability: 1.5", "line 4: workload.failureProbability must be between 0 and 1, got 1.5.")]
    [InlineData("faults:\n  fargateSpotUnavailable: [{from: 2h, to: 1h}]", "line 4: faults.fargateSpotUnavailable[0]: from (2h) must be before to (1h).")]
    [InlineData("horizon: 1h\nfaults:\n  fargateSpotUnavailable: [{from: 30m, to: 2h}]", "line 5: faults.fargateSpotUnavailable[0].to (2h) is after the horizon (1h).")]
    [InlineData("horizon: 1h\nfaults:\n  spotInterruptions: [{at: 3h}]", "line 5: faults.spotInterruptions[0].at (3h) is not inside the run: the horizon is 1h.")]
    [InlineData("faults:\n  api:\n    - { service: sqs, operation: ReceiveMesage, probability: 1 }", "line 5: faults.api[0].operation: 'ReceiveMesage' is not an operation of the sqs API model. Did you mean `ReceiveMessage`?")]
    [InlineData("faults:\n  api:\n    - { service: sqs, operation: receiveMessage, probability: 1 }", "Did you mean `ReceiveMessage`?")]
    [InlineData("faults:\n  api:\n    - { service: sqs, probability: 1, from: 3h, to: 1h }", "line 5: faults.api[0]: from (3h) must be before to (1h).")]
    [InlineData("faults:\n  autoScaling:\n    SetDesired: { throttling: 0.1 }", "line 5: faults.autoScaling.SetDesired: 'SetDesired' is not an operation of the autoscaling API model.")]
    [InlineData("horizon: 0s", "line 3: horizon must be longer than zero.")]
    [InlineData("triggers: {schedule: rate(5 minutes)}", "line 3: triggers.schedule is not a key of triggers. The sweep schedule is the template's parameter now: stack.DrainSchedule")]
    [InlineData("queue: {maxReceiveCount: 0}", "line 3: queue.maxReceiveCount must be a whole number in 1..1000, got 0.")]
    [InlineData("queue: {visibilityTimeout: 13h}", "line 3: queue.visibilityTimeout must be whole seconds from 0s to 12h, got 13h.")]
    [InlineData("stack: {TaskCpu: \"512\"}", "line 3: stack.TaskCpu is not a parameter of serverless.template. The template's parameter is TaskVcpu")]
    [InlineData("stack: {MaxReceiveCount: \"5\"}", "line 3: stack.MaxReceiveCount is not a parameter of serverless.template. maxReceiveCount is a property of the queue")]
    [InlineData("stack:\n  MaxConcurentTasks: \"5\"", "line 4: stack.MaxConcurentTasks is not a parameter of serverless.template. Did you mean `MaxConcurrentTasks`?")]
    [InlineData("stack: {MaxConcurrentTasks: \"0\"}", "line 3: stack.MaxConcurrentTasks: 0 is outside the template's range 1..")]
    [InlineData("stack: {AssignPublicIp: \"YES\"}", "line 3: stack.AssignPublicIp: 'YES' is not one of the template's AllowedValues (ENABLED, DISABLED).")]
    [InlineData("stack: {EnablePipe: \"true\"}", "line 3: stack.EnablePipe is a template parameter the queue-drain simulation does not read")]
    [InlineData("stack: {DrainSchedule: \"rate(5 minute)\"}", "line 3: stack.DrainSchedule:")]
    [InlineData("workload:\n  secondsPerMessage: { lognormal: { p50: 10, p95: 5 } }", "line 4: workload.secondsPerMessage.lognormal: p95 (5) must not be below p50 (10).")]
    [InlineData("workload:\n  secondsPerMessage: { uniform: { min: 1 } }", "line 4: workload.secondsPerMessage.uniform.max is required.")]
    [InlineData("workload:\n  secondsPerMessage: { fixed: 1, exponential: { mean: 2 } }", "line 4: workload.secondsPerMessage must be a number of seconds or exactly one of")]
    [InlineData("workload:\n  secondsPerMessage: { gamma: 2 }", "line 4: workload.secondsPerMessage.gamma is not a key of workload.secondsPerMessage.")]
    [InlineData("startup:\n  fargate: { imagePull: -1 }", "line 4: startup.fargate.imagePull must be a number ≥ 0, got -1.")]
    [InlineData("faults: [1, 2]", "line 3: faults must be a mapping of")]
    [InlineData("---\nname: a\n---\nname: b", "a scenario file holds one YAML document")]
    public void Parse_Mistake_NamesTheKeyAndLine(string yaml, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Traffic + yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        NoDotNetNames(error.Message);
    }

    [Theory]
    [InlineData("traffic: []", "line 1: traffic: at least one entry is required")]
    [InlineData("horizon: 1h", "traffic: at least one entry is required")]
    [InlineData("horizon: 1h\ntraffic:\n  - burst: { at: 2h, messages: 5 }", "line 3: traffic[0].burst.at (2h) is not inside the run: the horizon is 1h.")]
    [InlineData("horizon: 1h\ntraffic:\n  - burst: { at: 30m, messages: 5, over: 40m }", "line 3: traffic[0].burst: at + over (1h10m) is after the horizon (1h).")]
    [InlineData("traffic:\n  - { at: 1h, messages: 5 }", "line 2: traffic[0].at is not a key of traffic[0]. A burst is written traffic: [{burst: {at, messages, over}}].")]
    [InlineData("traffic:\n  - burst: { messages: 5 }\n    poison: 1", "line 3: traffic[0].poison is not a key of traffic[0]. Poison is a share")]
    [InlineData("traffic:\n  - burst: { messages: 5 }\n    poisson: { rate: 1/s }", "line 2: traffic[0] has burst and poisson: one kind per entry")]
    [InlineData("traffic:\n  - poisonShare: 0.1", "line 2: traffic[0] must say what kind of traffic it is")]
    [InlineData("traffic:\n  - poisson: { rate: fast }", "line 2: traffic[0].poisson.rate: 'fast' is not a rate")]
    [InlineData("horizon: 1h\ntraffic:\n  - poisson: { rate: 1/s, from: 10m, to: 2h }", "line 3: traffic[0].poisson.to (2h) is after the horizon (1h).")]
    [InlineData("traffic:\n  - profile: { hourly: [1, 2, 3] }", "line 2: traffic[0].profile.hourly must list 24 rates")]
    [InlineData("traffic:\n  - burst: { messages: 5 }\n    messageSize: 300000", "line 3: traffic[0].messageSize must be a whole number in 1..262144, got 300000.")]
    [InlineData("traffic:\n  - replay: { file: nowhere.csv }", "line 2: traffic[0].replay.file: the file nowhere.csv does not exist.")]
    [InlineData("traffic:\n  - burst: { messages: 5 }\n  -", "line 3: traffic[1] is empty.")]
    public void Parse_BadTraffic_NamesTheKeyAndLine(string yaml, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        NoDotNetNames(error.Message);
    }

    [Fact]
    public void Parse_UnknownKey_ListsTheValidKeysFromTheSectionClass()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Traffic + "triggers: {alarms: true}"));

        // The valid keys are the properties of ScenarioFile.TriggerSection, camelCased.
        var keys = typeof(ScenarioFile.TriggerSection).GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.Contains($"Valid keys: {string.Join(", ", keys)}.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean `alarm`?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AnchorsAndAliases_AreResolved()
    {
        var scenario = ScenarioLoader.Parse("""
            traffic:
              - burst: &b { at: 1h, messages: 5 }
              - burst: *b
            """);

        Assert.Equal(2, scenario.Traffic.Count);
    }

    private static void NoDotNetNames(string message)
    {
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("ScenarioFile", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Section", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }
}
