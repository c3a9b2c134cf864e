using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>Keys that older scenario files used, and where each is now, so an old file gets a
/// pointer instead of a bare "not a key".</summary>
public static partial class MovedKeys
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["triggers.schedule"] = "The sweep schedule is the template's parameter now: stack.DrainSchedule (default rate(5 minutes), \"\" for none).",
        ["traffic[].at"] = "A burst is written traffic: [{burst: {at, messages, over}}].",
        ["traffic[].messages"] = "A burst is written traffic: [{burst: {at, messages, over}}].",
        ["traffic[].over"] = "A burst is written traffic: [{burst: {at, messages, over}}].",
        ["traffic[].poison"] = "Poison is a share of the entry's messages now: poisonShare (0 to 1).",
        ["workload.maxReceiveCount"] = "maxReceiveCount is a property of the queue: queue.maxReceiveCount.",
    };

    /// <summary>Where the key at <paramref name="path"/> moved, or null.</summary>
    public static string? Hint(string path) => Hints.GetValueOrDefault(Index().Replace(path, "[]"));

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
