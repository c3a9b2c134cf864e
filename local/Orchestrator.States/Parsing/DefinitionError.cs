namespace Orchestrator.States.Parsing;

/// <summary>One problem found in a state machine definition, at a JSON path such as
/// <c>$.States.Drain.Next</c>.</summary>
public sealed record DefinitionError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
