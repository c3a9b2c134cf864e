namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// An event pattern that EventBridge would reject; the message says what is wrong and where
/// (AWS answers PutRule and TestEventPattern with <c>InvalidEventPatternException</c>, "Event pattern
/// is not valid. Reason: …").
/// </summary>
public sealed class InvalidEventPatternException : Exception
{
    public InvalidEventPatternException()
        : base("Event pattern is not valid.")
    {
    }

    public InvalidEventPatternException(string message)
        : base(message)
    {
    }

    public InvalidEventPatternException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
