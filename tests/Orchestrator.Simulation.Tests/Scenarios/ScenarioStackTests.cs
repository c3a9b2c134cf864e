using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Tests.Scenarios;

/// <summary>A scenario's stack: is serverless.template's Parameters, read from the repository's file:
/// names, defaults and ranges cannot drift, and a default scenario is a default deployment.</summary>
public class ScenarioStackTests
{
    private const string Traffic = "traffic:\n  - burst: { messages: 1 }\n";

    private static readonly JsonObject Parameters = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("serverless.template")))!["Parameters"]!.AsObject();

    public static TheoryData<string> SimulatedParameters => [.. StackSettings.Simulated.Keys];

    [Theory]
    [MemberData(nameof(SimulatedParameters))]
    public void Simulated_EveryName_IsATemplateParameter(string name)
    {
        Assert.True(Parameters.ContainsKey(name), $"stack: accepts {name}, which serverless.template does not have.");
    }

    [Fact]
    public void DefaultScenario_HasTheTemplatesDefaults()
    {
        var scenario = ScenarioLoader.Parse(Traffic);
        var stack = scenario.Stack;

        Assert.Equal(Default("MaxConcurrentTasks"), Text(stack.MaxConcurrentTasks));
        Assert.Equal(Default("BatchSize"), Text(stack.BatchSize));
        Assert.Equal(Default("MessagesPerTask"), Text(stack.MessagesPerTask));
        Assert.Equal(Default("TaskTimeoutSeconds"), Text(stack.TaskTimeoutSeconds));
        Assert.Equal(Default("FallbackAfterSeconds"), Text(stack.FallbackAfterSeconds));
        Assert.Equal(Default("TaskVcpu"), stack.TaskVcpu.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Default("TaskMemoryGb"), stack.TaskMemoryGb.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Default("SpotCapacityProvider"), stack.SpotCapacityProvider);
        Assert.Equal(Default("OnDemandCapacityProvider"), stack.OnDemandCapacityProvider);
        Assert.Equal(Default("AssignPublicIp"), stack.AssignPublicIp);
        Assert.Equal(Default("DrainSchedule"), scenario.Schedule);
    }

    [Fact]
    public void DefaultScenario_HasAwsQueueDefaults()
    {
        // SQS API reference: RedrivePolicy maxReceiveCount "Default: 10"; CreateQueue VisibilityTimeout
        // default 30 s, MessageRetentionPeriod default 345,600 s (4 days).
        var stack = ScenarioLoader.Parse(Traffic).Stack;

        Assert.Equal((10, 30, 345_600), (stack.MaxReceiveCount, stack.QueueVisibilityTimeoutSeconds, stack.QueueRetentionSeconds));
    }

    [Fact]
    public void StackAndQueue_Values_ReachTheDeployment()
    {
        var scenario = ScenarioLoader.Parse(Traffic + """
            stack: { MaxConcurrentTasks: 50, TaskVcpu: "1", TaskMemoryGb: "2", DrainSchedule: "" }
            queue: { maxReceiveCount: 3, visibilityTimeout: 2m, retention: 1d }
            """);

        Assert.Equal((50, 1024, 2048), (scenario.Stack.MaxConcurrentTasks, scenario.Stack.TaskCpuUnits, scenario.Stack.TaskMemoryMiB));
        Assert.Null(scenario.Schedule);
        Assert.Equal((3, 120, 86_400), (scenario.Stack.MaxReceiveCount, scenario.Stack.QueueVisibilityTimeoutSeconds, scenario.Stack.QueueRetentionSeconds));
    }

    [Theory]
    [MemberData(nameof(SimulatedParameters))]
    public void Stack_ValueAboveTheTemplatesMaxValue_IsRefused(string name)
    {
        if (Parameters[name]!["MaxValue"] is not { } max)
        {
            return; // a String parameter: its AllowedValues/AllowedPattern are checked by the theory in ScenarioStrictTests
        }

        var above = (max.GetValue<double>() + 1).ToString(CultureInfo.InvariantCulture);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Traffic + $"stack: {{{name}: \"{above}\"}}"));

        Assert.Contains($"stack.{name}: {above} is outside the template's range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stack_NameTheTemplateDoesNotHave_IsRefused()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(Traffic + "stack: {Colour: blue}"));

        Assert.Contains("stack.Colour is not a parameter of serverless.template.", error.Message, StringComparison.Ordinal);
    }

    private static string Default(string name) => Parameters[name]!["Default"]!.ToString();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
