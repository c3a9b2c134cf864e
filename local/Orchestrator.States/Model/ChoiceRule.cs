using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>One Choice rule: a comparison (<see cref="ComparisonRule"/>) or a boolean
/// combination (<see cref="CompoundRule"/>, <see cref="NotRule"/>). Top-level rules carry Next;
/// nested ones must not.</summary>
public abstract class ChoiceRule
{
    private protected ChoiceRule(JsonObject source) => Source = source;

    /// <summary>The state to go to when this top-level rule matches; null for nested rules.</summary>
    public string? Next { get; internal init; }

    /// <summary>A top-level rule's <c>Assign</c>, evaluated when the rule matches; or null.</summary>
    public Paths.PayloadTemplate? Assign { get; internal set; }

    /// <summary>The rule's JSON as written.</summary>
    public JsonObject Source { get; }

    internal State? NextState { get; set; }

    /// <summary>Evaluates the rule against the Choice state's effective input.</summary>
    /// <param name="input">The effective input (after InputPath).</param>
    /// <param name="context">The context object, needed only when a path starts with <c>$$</c>.</param>
    /// <exception cref="StatesException">States.Runtime when Variable or a *Path operand matches nothing.</exception>
    public abstract bool Evaluate(JsonNode? input, JsonNode? context);

    /// <summary>Prints the rule back as JSON.</summary>
    public override string ToString() => Source.ToJsonString();
}
