using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>A comparison: <c>Variable</c>, an operator, and a literal operand or (for the
/// <c>*Path</c> operators) a path to one.</summary>
/// <remarks>
/// AWS behaviour kept: a value of the wrong type never matches (StringEquals on a number is
/// false, not an error); a Variable that matches nothing is States.Runtime, except for
/// IsPresent, whose purpose is to test that; Timestamp operators compare instants, so
/// <c>…T01:00:00+01:00</c> equals <c>…T00:00:00Z</c>.
/// </remarks>
public sealed class ComparisonRule : ChoiceRule
{
    internal ComparisonRule(JsonObject source, JsonPathExpression variable, ComparisonOperator op, string operatorName)
        : base(source)
    {
        Variable = variable;
        Operator = op;
        OperatorName = operatorName;
    }

    /// <summary>The Variable path.</summary>
    public JsonPathExpression Variable { get; }

    /// <summary>The comparison made.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The operator as written, e.g. <c>NumericLessThanPath</c>.</summary>
    public string OperatorName { get; }

    /// <summary>The literal operand (null when <see cref="OperandPath"/> is set).</summary>
    public JsonNode? Operand { get; internal init; }

    /// <summary>The path operand of the <c>*Path</c> forms, or null.</summary>
    public JsonPathExpression? OperandPath { get; internal init; }

    internal StringPattern? Pattern { get; init; }

    /// <inheritdoc/>
    public override bool Evaluate(JsonNode? input, JsonNode? context)
    {
        var found = Read(Variable, input, context, out var value);
        if (Operator == ComparisonOperator.IsPresent)
        {
            return found == IsTrue(Operand);
        }

        if (!found)
        {
            throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.InvalidChoicePath(Variable.Text));
        }

        var operand = Operand;
        if (OperandPath is not null && !Read(OperandPath, input, context, out operand))
        {
            throw new StatesException(StatesErrorNames.Runtime, ErrorCauses.InvalidChoicePath(OperandPath.Text));
        }

        return Compare(value, operand);
    }

    private static bool Read(JsonPathExpression path, JsonNode? input, JsonNode? context, out JsonNode? value) =>
        path.TryEvaluate(input, context, out value);

    private bool Compare(JsonNode? value, JsonNode? operand)
    {
        switch (Operator)
        {
            case ComparisonOperator.IsNull:
                return (JsonScalars.KindOf(value) == System.Text.Json.JsonValueKind.Null) == IsTrue(operand);
            case ComparisonOperator.IsNumeric:
                return JsonScalars.TryGetNumber(value, out _) == IsTrue(operand);
            case ComparisonOperator.IsString:
                return JsonScalars.TryGetString(value, out _) == IsTrue(operand);
            case ComparisonOperator.IsBoolean:
                return JsonScalars.TryGetBoolean(value, out _) == IsTrue(operand);
            case ComparisonOperator.IsTimestamp:
                return JsonScalars.TryGetTimestamp(value, out _) == IsTrue(operand);
            case ComparisonOperator.BooleanEquals:
                return JsonScalars.TryGetBoolean(value, out var b) && JsonScalars.TryGetBoolean(operand, out var ob) && b == ob;
            case ComparisonOperator.StringMatches:
                return Pattern!.HasOpenEscape
                    ? throw new StatesException(StatesErrorNames.Runtime, $"The StringMatches pattern {JsonScalars.Quote(Operand)} has an open escape backslash (only \\* and \\\\ are escapes).")
                    : JsonScalars.TryGetString(value, out var text) && Pattern.IsMatch(text);
            case >= ComparisonOperator.StringEquals and <= ComparisonOperator.StringGreaterThanEquals:
                return JsonScalars.TryGetString(value, out var s) && JsonScalars.TryGetString(operand, out var os)
                    && Order(string.CompareOrdinal(s, os));
            case >= ComparisonOperator.NumericEquals and <= ComparisonOperator.NumericGreaterThanEquals:
                return JsonScalars.TryGetNumber(value, out var n) && JsonScalars.TryGetNumber(operand, out var on)
                    && Order(n.CompareTo(on));
            default:
                return JsonScalars.TryGetTimestamp(value, out var t) && JsonScalars.TryGetTimestamp(operand, out var ot)
                    && Order(t.CompareTo(ot));
        }
    }

    private static bool IsTrue(JsonNode? operand) => JsonScalars.TryGetBoolean(operand, out var b) && b;

    private bool Order(int comparison) => Operator switch
    {
        ComparisonOperator.StringEquals or ComparisonOperator.NumericEquals or ComparisonOperator.TimestampEquals => comparison == 0,
        ComparisonOperator.StringLessThan or ComparisonOperator.NumericLessThan or ComparisonOperator.TimestampLessThan => comparison < 0,
        ComparisonOperator.StringGreaterThan or ComparisonOperator.NumericGreaterThan or ComparisonOperator.TimestampGreaterThan => comparison > 0,
        ComparisonOperator.StringLessThanEquals or ComparisonOperator.NumericLessThanEquals or ComparisonOperator.TimestampLessThanEquals => comparison <= 0,
        _ => comparison >= 0,
    };
}
