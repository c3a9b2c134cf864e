using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>A <c>Not</c> rule.</summary>
public sealed class NotRule : ChoiceRule
{
    internal NotRule(JsonObject source, ChoiceRule rule)
        : base(source) => Rule = rule;

    /// <summary>The negated rule.</summary>
    public ChoiceRule Rule { get; }

    /// <inheritdoc/>
    public override bool Evaluate(JsonNode? input, JsonNode? context) => !Rule.Evaluate(input, context);
}
