using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Orchestrator.States.Parsing;

namespace Orchestrator.States.Model;

/// <summary>
/// A parsed, validated, immutable state machine (Amazon States Language, JSONPath). Parse once,
/// run many times: paths, templates and Choice rules are all precompiled.
/// </summary>
public sealed class StateMachine
{
    internal StateMachine(StateGraph graph, JsonObject source, int? timeoutSeconds, string? comment, string? version)
    {
        Graph = graph;
        Source = source;
        TimeoutSeconds = timeoutSeconds;
        Comment = comment;
        Version = version;
    }

    /// <summary>The top-level states and StartAt.</summary>
    public StateGraph Graph { get; }

    /// <summary>The execution-level TimeoutSeconds, or null (no limit).</summary>
    public int? TimeoutSeconds { get; }

    /// <summary>The top-level Comment.</summary>
    public string? Comment { get; }

    /// <summary>The Version field, if any.</summary>
    public string? Version { get; }

    /// <summary>The definition JSON (after substitutions).</summary>
    public JsonObject Source { get; }

    /// <summary>Parses a definition.</summary>
    /// <param name="json">The ASL text.</param>
    /// <param name="substitutions">SAM DefinitionSubstitutions for <c>${Name}</c> placeholders; when
    /// given, a placeholder without a value is an error.</param>
    /// <exception cref="DefinitionException">The definition is invalid; <see cref="DefinitionException.Errors"/>
    /// lists every problem with its JSON path.</exception>
    public static StateMachine Parse(string json, IReadOnlyDictionary<string, string>? substitutions = null) =>
        DefinitionParser.Parse(json, substitutions, out var errors) ?? throw new DefinitionException(errors);

    /// <summary>Parses a definition without throwing.</summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out StateMachine? machine, out IReadOnlyList<DefinitionError> errors,
        IReadOnlyDictionary<string, string>? substitutions = null)
    {
        machine = DefinitionParser.Parse(json, substitutions, out errors);
        return machine is not null;
    }

    /// <summary>Prints the definition back as JSON.</summary>
    public override string ToString() => Source.ToJsonString();
}
