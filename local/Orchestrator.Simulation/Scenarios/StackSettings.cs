using System.Globalization;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>Applies a scenario's <c>stack:</c> section (the template's parameter names) to a <see cref="DrainStack"/>.</summary>
public static class StackSettings
{
    public static DrainStack Apply(DrainStack stack, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, text) in values)
        {
            stack = key switch
            {
                "MaxConcurrentTasks" => stack with { MaxConcurrentTasks = Int(key, text, 1, 1000) },
                "BatchSize" => stack with { BatchSize = Int(key, text, 1, 1000) },
                "MessagesPerTask" => stack with { MessagesPerTask = Int(key, text, 1, 100_000) },
                "TaskTimeoutSeconds" => stack with { TaskTimeoutSeconds = Int(key, text, 1, 86_400) },
                "FallbackAfterSeconds" => stack with { FallbackAfterSeconds = Int(key, text, 0, 3600) },
                "MaxReceiveCount" => stack with { MaxReceiveCount = Int(key, text, 1, 1000) },
                "TaskCpu" => stack with { TaskCpuUnits = Int(key, text, 256, 16_384) },
                "TaskMemory" => stack with { TaskMemoryMiB = Int(key, text, 512, 122_880) },
                _ => throw new ScenarioException($"stack.{key} is not a setting a scenario can change (MaxConcurrentTasks, BatchSize, MessagesPerTask, TaskTimeoutSeconds, FallbackAfterSeconds, MaxReceiveCount, TaskCpu, TaskMemory)."),
            };
        }

        return stack;
    }

    private static int Int(string key, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ScenarioException($"stack.{key}: '{text}' is not a whole number in {min}..{max}.");
}
