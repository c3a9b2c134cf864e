using System.Globalization;
using Orchestrator.Simulation.Scenarios.Reading;
using Orchestrator.Simulation.Services.Scheduling;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// Applies a scenario's <c>stack:</c> section to a <see cref="DrainStack"/>. The keys are the
/// template's parameter names, each value checked as CloudFormation checks it (type, MinValue and
/// MaxValue, AllowedValues, AllowedPattern — all read from serverless.template), then applied.
/// </summary>
/// <remarks>
/// A name the template does not have is refused with the closest parameter; a template parameter the
/// queue-drain simulation does not read is refused too (nothing would change), naming the ones it
/// reads (<see cref="Simulated"/>). Values are strings as CloudFormation passes them; YAML numbers
/// are read as their text.
/// </remarks>
public static class StackSettings
{
    private static readonly Dictionary<string, string> Moved = new(StringComparer.Ordinal)
    {
        ["TaskCpu"] = "The template's parameter is TaskVcpu, in vCPU (0.25 = 256 cpu units).",
        ["TaskMemory"] = "The template's parameter is TaskMemoryGb, in GB (0.5 = 512 MiB).",
        ["MaxReceiveCount"] = "maxReceiveCount is a property of the queue, not of the stack: queue.maxReceiveCount.",
    };

    /// <summary>The template parameters the queue-drain simulation reads, and how each changes the stack.</summary>
    public static IReadOnlyDictionary<string, Func<DrainStack, string, DrainStack>> Simulated { get; } = new Dictionary<string, Func<DrainStack, string, DrainStack>>(StringComparer.Ordinal)
    {
        ["MaxConcurrentTasks"] = (s, v) => s with { MaxConcurrentTasks = Whole("MaxConcurrentTasks", v) },
        ["BatchSize"] = (s, v) => s with { BatchSize = Whole("BatchSize", v) },
        ["MessagesPerTask"] = (s, v) => s with { MessagesPerTask = Whole("MessagesPerTask", v) },
        ["TaskTimeoutSeconds"] = (s, v) => s with { TaskTimeoutSeconds = Whole("TaskTimeoutSeconds", v) },
        ["FallbackAfterSeconds"] = (s, v) => s with { FallbackAfterSeconds = Whole("FallbackAfterSeconds", v) },
        ["TaskVcpu"] = (s, v) => s with { TaskVcpu = Number(v) },
        ["TaskMemoryGb"] = (s, v) => s with { TaskMemoryGb = Number(v) },
        ["DrainSchedule"] = (s, v) => s with { DrainSchedule = Schedule(v) },
        ["WorkQueueName"] = (s, v) => s with { QueueName = v, DeadLetterQueueName = $"{v}-dlq" },
        ["ClusterName"] = (s, v) => s with { Cluster = v },
        ["ContainerName"] = (s, v) => s with { ContainerName = v },
        ["SpotCapacityProvider"] = (s, v) => s with { SpotCapacityProvider = v },
        ["OnDemandCapacityProvider"] = (s, v) => s with { OnDemandCapacityProvider = v },
        ["AssignPublicIp"] = (s, v) => s with { AssignPublicIp = v },
    };

    public static DrainStack Apply(DrainStack stack, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, text) in values)
        {
            var where = $"stack.{key}";
            if (!TemplateParameters.All.TryGetValue(key, out var parameter))
            {
                var hint = Moved.TryGetValue(key, out var moved) ? $" {moved}" : ClosestMatch.Hint(key, Simulated.Keys);
                throw ScenarioException.For(where, $"{where} is not a parameter of serverless.template.{hint} The simulation reads: {string.Join(", ", Simulated.Keys)}.");
            }

            if (!Simulated.TryGetValue(key, out var apply))
            {
                throw ScenarioException.For(where, $"{where} is a template parameter the queue-drain simulation does not read, so setting it would change nothing. It reads: {string.Join(", ", Simulated.Keys)}.");
            }

            if (parameter.Problem(text) is { } problem)
            {
                throw ScenarioException.For(where, $"{where}: {problem}");
            }

            stack = apply(stack, text);
        }

        return stack;
    }

    private static int Whole(string key, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw ScenarioException.For($"stack.{key}", $"stack.{key}: '{text}' is not a whole number.");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Schedule(string text) =>
        text.Length == 0 || ScheduleExpression.TryParse(text, out _, out var why)
            ? text
            : throw ScenarioException.For("stack.DrainSchedule", $"stack.DrainSchedule: {why}");
}
