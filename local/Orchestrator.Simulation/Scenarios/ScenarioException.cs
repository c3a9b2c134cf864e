namespace Orchestrator.Simulation.Scenarios;

/// <summary>A scenario file that cannot be run; the message names the key path and, once the
/// loader knows it, the line (<c>line 12: faults.api[0].probability must be between 0 and 1.</c>).</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException()
    {
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The key path the mistake is at (<c>faults.api[0].probability</c>), when known.</summary>
    public string? Key { get; init; }

    /// <summary>The line of the scenario file the mistake is on, when known.</summary>
    public int? Line { get; init; }

    /// <summary>A mistake at <paramref name="key"/>; the loader adds the key's line.</summary>
    public static ScenarioException For(string key, string message) => new(message) { Key = key };

    /// <summary>This mistake with <paramref name="line"/> in front of its message.</summary>
    public ScenarioException WithLine(int line) => new($"line {line}: {Message}", this) { Key = Key, Line = line };
}
