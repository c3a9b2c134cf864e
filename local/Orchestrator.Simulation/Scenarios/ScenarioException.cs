namespace Orchestrator.Simulation.Scenarios;

/// <summary>A scenario file that cannot be run; the message names the field.</summary>
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
}
