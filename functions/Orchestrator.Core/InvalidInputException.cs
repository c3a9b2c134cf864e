namespace Orchestrator.Core;

/// <summary>
/// An input a decision cannot use: a malformed or foreign event, a bad setting. Its message names
/// what was wrong; handlers report it as the Lambda error type <c>InvalidInput</c>, which the state
/// machines do not retry.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException()
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
