using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses a Choice state: a non-empty Choices array of top-level rules, optional Default.</summary>
internal static class ChoiceParser
{
    public static ChoiceState? Parse(string name, FieldReader reader, bool usesContext)
    {
        var rules = new List<ChoiceRule>();
        if (reader.Object["Choices"] is not JsonArray array || array.Count == 0)
        {
            reader.Error("Choices", "SCHEMA_VALIDATION_FAILED: A Choice state needs Choices: a non-empty array of rules.");
        }
        else
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (ChoiceRuleParser.Parse(array[i], $"{reader.At("Choices")}[{i}]", reader.Context, topLevel: true) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }

        return new ChoiceState(name, reader.Object, rules)
        {
            Default = reader.String("Default"),
            Comment = reader.String("Comment"),
            UsesContext = usesContext,
            InputPath = reader.InputOutput("InputPath"),
            OutputPath = reader.InputOutput("OutputPath"),
        };
    }
}
