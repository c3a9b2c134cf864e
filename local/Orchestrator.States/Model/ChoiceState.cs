using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>A Choice state: the first top-level rule that matches names the next state, else
/// Default, else States.NoChoiceMatched. InputPath and OutputPath only.</summary>
public sealed class ChoiceState : State
{
    internal ChoiceState(string name, JsonObject source, IReadOnlyList<ChoiceRule> choices)
        : base(name, source) => Choices = choices;

    /// <inheritdoc/>
    public override StateType Type => StateType.Choice;

    /// <summary>The top-level rules, each with a Next.</summary>
    public IReadOnlyList<ChoiceRule> Choices { get; }

    /// <summary>The Default state name, or null.</summary>
    public string? Default { get; internal init; }

    internal State? DefaultState { get; set; }
}
