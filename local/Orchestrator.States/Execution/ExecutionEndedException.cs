namespace Orchestrator.States.Execution;

/// <summary>Unwinds the engine's call stack when an execution ends in the middle of a step (the
/// history limit was reached). Never escapes the engine.</summary>
internal sealed class ExecutionEndedException : Exception
{
    public ExecutionEndedException()
        : base("The execution has ended.")
    {
    }

    public ExecutionEndedException(string message)
        : base(message)
    {
    }

    public ExecutionEndedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
