namespace Orchestrator.States;

/// <summary>
/// An error as Step Functions reports it: a name (<c>States.Runtime</c>,
/// <c>Sqs.QueueDoesNotExistException</c>…) and a cause text. Thrown by paths, intrinsics and
/// integrations; the engine turns it into a failed state that Retry and Catch can see.
/// </summary>
public sealed class StatesException : Exception
{
    /// <summary>Creates an error with its name and cause.</summary>
    public StatesException(string error, string cause)
        : base($"{error}: {cause}")
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>Creates an error with an inner exception, for diagnostics only.</summary>
    public StatesException(string error, string cause, Exception inner)
        : base($"{error}: {cause}", inner)
    {
        Error = error;
        Cause = cause;
    }

    public StatesException()
        : this(StatesErrorNames.Runtime, string.Empty)
    {
    }

    public StatesException(string message)
        : this(StatesErrorNames.Runtime, message)
    {
    }

    public StatesException(string message, Exception inner)
        : this(StatesErrorNames.Runtime, message, inner)
    {
    }

    /// <summary>The error name, e.g. <c>States.Runtime</c>.</summary>
    public string Error { get; }

    /// <summary>The human-readable cause, as AWS words it where known.</summary>
    public string Cause { get; }
}
