using Orchestrator.States.Parsing;

namespace Orchestrator.States.Model;

/// <summary>Thrown by <see cref="StateMachine.Parse"/> when a definition is invalid; carries every
/// problem found, each at the JSON path of the offending node.</summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception from the parser's errors.</summary>
    public DefinitionException(IReadOnlyList<DefinitionError> errors)
        : base(Describe(errors)) => Errors = errors;

    public DefinitionException()
        : this([])
    {
    }

    public DefinitionException(string message)
        : this([new DefinitionError("$", message)])
    {
    }

    public DefinitionException(string message, Exception inner)
        : base(message, inner) => Errors = [new DefinitionError("$", message)];

    /// <summary>The problems found, in document order.</summary>
    public IReadOnlyList<DefinitionError> Errors { get; }

    private static string Describe(IReadOnlyList<DefinitionError> errors) => errors.Count switch
    {
        0 => "Invalid state machine definition.",
        _ => "Invalid state machine definition: " + string.Join("; ", errors.Select(e => e.ToString())),
    };
}
