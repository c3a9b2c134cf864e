using System.Text.Json.Nodes;
using Orchestrator.States.Model;

namespace Orchestrator.States.Parsing;

/// <summary>Parses Choice rules: a comparison (Variable + exactly one operator), And/Or (a
/// non-empty array of rules) or Not (one rule). Only top-level rules have Next.</summary>
internal static class ChoiceRuleParser
{
    private static readonly Dictionary<string, (ComparisonOperator Op, bool IsPath)> Operators = BuildOperators();

    public static ChoiceRule? Parse(JsonNode? node, string path, ParseContext context, bool topLevel)
    {
        if (node is not JsonObject obj)
        {
            context.Add(path, "SCHEMA_VALIDATION_FAILED: A Choice rule must be an object.");
            return null;
        }

        var reader = new FieldReader(obj, path, context);
        var next = topLevel ? reader.String("Next", required: true) : null;
        if (!topLevel && obj.ContainsKey("Next"))
        {
            reader.Error("Next", "SCHEMA_VALIDATION_FAILED: A nested Choice rule (inside And, Or or Not) must not have Next.");
        }

        var kinds = obj.Select(p => p.Key).Where(k => k is "And" or "Or" or "Not" || Operators.ContainsKey(k)).ToList();
        foreach (var (key, _) in obj)
        {
            if (key is not ("Next" or "Comment" or "Variable") && !(topLevel && key == "Assign") && !kinds.Contains(key))
            {
                reader.Error(key, UnsupportedFields.Explain(key, "a Choice rule"));
            }
        }

        if (kinds.Count != 1)
        {
            context.Add(path, kinds.Count == 0
                ? "SCHEMA_VALIDATION_FAILED: A Choice rule needs a comparison operator (e.g. StringEquals) or And, Or, Not."
                : $"SCHEMA_VALIDATION_FAILED: A Choice rule must have exactly one operator, found {string.Join(", ", kinds)}.");
            return null;
        }

        var kind = kinds[0];
        ChoiceRule? rule = kind switch
        {
            "And" or "Or" => Compound(reader, kind),
            "Not" => Not(reader),
            _ => Comparison(reader, kind),
        };
        if (rule is null)
        {
            return null;
        }

        var topRule = next is null ? rule : rule switch
        {
            CompoundRule c => new CompoundRule(obj, c.IsAnd, c.Rules) { Next = next },
            NotRule n => new NotRule(obj, n.Rule) { Next = next },
            ComparisonRule c => new ComparisonRule(obj, c.Variable, c.Operator, c.OperatorName)
            {
                Next = next, Operand = c.Operand, OperandPath = c.OperandPath, Pattern = c.Pattern,
            },
            _ => throw new InvalidOperationException($"Choice rule type {rule.GetType().Name} has no top-level form."),
        };
        if (topLevel)
        {
            topRule.Assign = AssignParser.Read(reader);
        }

        return topRule;
    }

    private static CompoundRule? Compound(FieldReader reader, string kind)
    {
        if (reader.Has("Variable"))
        {
            reader.Error("Variable", $"SCHEMA_VALIDATION_FAILED: An {kind} rule has no Variable.");
        }

        if (reader.Object[kind] is not JsonArray array || array.Count == 0)
        {
            reader.Error(kind, $"SCHEMA_VALIDATION_FAILED: {kind} must be a non-empty array of Choice rules.");
            return null;
        }

        var rules = new List<ChoiceRule>();
        for (var i = 0; i < array.Count; i++)
        {
            if (Parse(array[i], $"{reader.At(kind)}[{i}]", reader.Context, topLevel: false) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules.Count == array.Count ? new CompoundRule(reader.Object, kind == "And", rules) : null;
    }

    private static NotRule? Not(FieldReader reader)
    {
        if (reader.Has("Variable"))
        {
            reader.Error("Variable", "SCHEMA_VALIDATION_FAILED: A Not rule has no Variable.");
        }

        var inner = Parse(reader.Object["Not"], reader.At("Not"), reader.Context, topLevel: false);
        return inner is null ? null : new NotRule(reader.Object, inner);
    }

    private static ComparisonRule? Comparison(FieldReader reader, string name)
    {
        var variable = reader.JsonPath("Variable", required: true);
        var (op, isPath) = Operators[name];
        var operand = reader.Object[name];
        if (isPath)
        {
            var operandPath = reader.JsonPath(name);
            return variable is null || operandPath is null ? null
                : new ComparisonRule(reader.Object, variable, op, name) { OperandPath = operandPath };
        }

        var valid = op switch
        {
            >= ComparisonOperator.StringEquals and <= ComparisonOperator.StringMatches => JsonScalars.TryGetString(operand, out _),
            >= ComparisonOperator.NumericEquals and <= ComparisonOperator.NumericGreaterThanEquals => JsonScalars.TryGetNumber(operand, out _),
            >= ComparisonOperator.TimestampEquals and <= ComparisonOperator.TimestampGreaterThanEquals => JsonScalars.TryGetTimestamp(operand, out _),
            _ => JsonScalars.TryGetBoolean(operand, out _),
        };
        if (!valid)
        {
            var expected = op switch
            {
                >= ComparisonOperator.StringEquals and <= ComparisonOperator.StringMatches => "a string",
                >= ComparisonOperator.NumericEquals and <= ComparisonOperator.NumericGreaterThanEquals => "a number",
                >= ComparisonOperator.TimestampEquals and <= ComparisonOperator.TimestampGreaterThanEquals => "an RFC 3339 timestamp string",
                _ => "true or false",
            };
            reader.Error(name, $"SCHEMA_VALIDATION_FAILED: {name} takes {expected}, not {FieldReader.Print(operand)}.");
            return null;
        }

        if (variable is null)
        {
            return null;
        }

        JsonScalars.TryGetString(operand, out var text);
        return new ComparisonRule(reader.Object, variable, op, name)
        {
            Operand = operand?.DeepClone(),
            Pattern = op == ComparisonOperator.StringMatches ? StringPattern.Parse(text) : null,
        };
    }

    private static Dictionary<string, (ComparisonOperator, bool)> BuildOperators()
    {
        var table = new Dictionary<string, (ComparisonOperator, bool)>(StringComparer.Ordinal);
        foreach (var op in Enum.GetValues<ComparisonOperator>())
        {
            var name = op.ToString();
            table[name] = (op, false);
            if (!name.StartsWith("Is", StringComparison.Ordinal) && op != ComparisonOperator.StringMatches)
            {
                table[name + "Path"] = (op, true);
            }
        }

        return table;
    }
}
