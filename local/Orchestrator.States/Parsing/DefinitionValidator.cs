using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>
/// Checks a definition without running it: everything <see cref="StateMachine.TryParse"/>
/// checks (JSON, state types and fields, transitions, reachability, Retry/Catch, paths, Choice
/// rules, Wait fields, limits), each error at the JSON path of the offending node.
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Every problem found in <paramref name="json"/>; empty when it is valid.</summary>
    /// <param name="json">The definition text.</param>
    /// <param name="substitutions">SAM DefinitionSubstitutions, or null to leave <c>${…}</c>
    /// placeholders as they are (they are then accepted wherever a string is).</param>
    public static IReadOnlyList<DefinitionError> Validate(string json, IReadOnlyDictionary<string, string>? substitutions = null)
    {
        StateMachine.TryParse(json, out _, out var errors, substitutions);
        return errors;
    }
}
