using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>An <c>And</c> or <c>Or</c> rule; evaluation stops at the first deciding operand.</summary>
public sealed class CompoundRule : ChoiceRule
{
    internal CompoundRule(JsonObject source, bool isAnd, IReadOnlyList<ChoiceRule> rules)
        : base(source)
    {
        IsAnd = isAnd;
        Rules = rules;
    }

    /// <summary>True for And, false for Or.</summary>
    public bool IsAnd { get; }

    /// <summary>The operands, in order.</summary>
    public IReadOnlyList<ChoiceRule> Rules { get; }

    /// <inheritdoc/>
    public override bool Evaluate(JsonNode? input, JsonNode? context)
    {
        foreach (var rule in Rules)
        {
            if (rule.Evaluate(input, context) != IsAnd)
            {
                return !IsAnd;
            }
        }

        return IsAnd;
    }
}
