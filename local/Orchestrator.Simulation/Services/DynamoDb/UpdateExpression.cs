using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// Compiles a DynamoDB UpdateExpression ("Update expressions" in the developer guide) into an action
/// that turns the old item into the new one: <c>SET path = value</c> (value: operand,
/// <c>operand + operand</c>, <c>operand - operand</c>, <c>if_not_exists(path, operand)</c>,
/// <c>list_append(a, b)</c>), <c>REMOVE path</c>, <c>ADD path :v</c> (number addition or set union,
/// creating the attribute when absent) and <c>DELETE path :set</c>. Each clause may appear once.
/// </summary>
/// <remarks>Every right-hand side is evaluated against the item as it was before the update, as DynamoDB does.</remarks>
internal static class UpdateExpression
{
    public static Action<JsonObject> Compile(string expression, ExpressionContext context, JsonObject? oldItem)
    {
        var r = new ExpressionReader(expression, "UpdateExpression", context);
        var steps = new List<Action<JsonObject>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (!r.AtEnd)
        {
            var clause = r.Take();
            if (clause.Kind != ExpressionTokenKind.Name || clause.Text.ToUpperInvariant() is not ("SET" or "REMOVE" or "ADD" or "DELETE"))
            {
                throw r.SyntaxError(clause);
            }

            if (!seen.Add(clause.Text))
            {
                throw DynamoDbErrors.Validation($"Invalid UpdateExpression: The \"{clause.Text.ToUpperInvariant()}\" section can only be used once in an update expression;");
            }

            do
            {
                steps.Add(Action(clause.Text.ToUpperInvariant(), r, oldItem));
            }
            while (r.TrySymbol(","));
        }

        return item => steps.ForEach(step => step(item));
    }

    private static Action<JsonObject> Action(string clause, ExpressionReader r, JsonObject? old)
    {
        var path = r.Path();
        switch (clause)
        {
            case "SET":
                r.Expect("=");
                var value = SetValue(r)(old) ?? throw DynamoDbErrors.Validation($"The provided expression refers to an attribute that does not exist in the item (SET {path})");
                return item => path.Set(item, value);
            case "REMOVE":
                return path.Remove;
            case "ADD":
                var addend = r.Operand()(old);
                var added = Add(path, path.Get(old), addend);
                return item => path.Set(item, added);
            default:
                var removed = r.Operand()(old);
                var current = path.Get(old);
                return item =>
                {
                    if (current is not null)
                    {
                        var left = SetDifference(path, current, removed);
                        if (left is null)
                        {
                            path.Remove(item);
                        }
                        else
                        {
                            path.Set(item, left);
                        }
                    }
                };
        }
    }

    private static Func<JsonObject?, JsonNode?> SetValue(ExpressionReader r)
    {
        var left = Term(r);
        foreach (var op in new[] { "+", "-" })
        {
            if (r.TrySymbol(op))
            {
                var right = Term(r);
                return item => Arithmetic(left(item), right(item), op == "+");
            }
        }

        return left;
    }

    private static Func<JsonObject?, JsonNode?> Term(ExpressionReader r)
    {
        if (r.IsKeyword("if_not_exists"))
        {
            r.Take();
            r.Expect("(");
            var path = r.Path();
            r.Expect(",");
            var fallback = r.Operand();
            r.Expect(")");
            return item => path.Get(item) ?? fallback(item);
        }

        if (r.IsKeyword("list_append"))
        {
            r.Take();
            r.Expect("(");
            var a = Term(r);
            r.Expect(",");
            var b = Term(r);
            r.Expect(")");
            return item => a(item)?["L"] is JsonArray x && b(item)?["L"] is JsonArray y
                ? new JsonObject { ["L"] = new JsonArray([.. x.Concat(y).Select(n => n?.DeepClone())]) }
                : throw DynamoDbErrors.Validation("An operand in the update expression has an incorrect data type (list_append needs two lists)");
        }

        return r.Operand();
    }

    private static JsonObject Arithmetic(JsonNode? a, JsonNode? b, bool plus) =>
        AttributeValues.Number(a?["N"]) is { } x && AttributeValues.Number(b?["N"]) is { } y
            ? AttributeValues.FromNumber(plus ? x + y : x - y)
            : throw DynamoDbErrors.Validation("An operand in the update expression has an incorrect data type");

    private static JsonNode Add(AttributePath path, JsonNode? current, JsonNode? addend)
    {
        var type = AttributeValues.TypeOf(addend);
        if (current is null)
        {
            return type is "N" or "SS" or "NS" or "BS" ? addend!.DeepClone()
                : throw DynamoDbErrors.Validation($"Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: {type}");
        }

        if (type == "N" && AttributeValues.TypeOf(current) == "N")
        {
            return Arithmetic(current, addend, plus: true);
        }

        if (type is "SS" or "NS" or "BS" && AttributeValues.TypeOf(current) == type)
        {
            var union = current[type]!.AsArray().Select(n => n!.ToJsonString()).Union(addend![type]!.AsArray().Select(n => n!.ToJsonString()), StringComparer.Ordinal);
            return new JsonObject { [type] = new JsonArray([.. union.Select(s => JsonNode.Parse(s))]) };
        }

        throw DynamoDbErrors.Validation($"An operand in the update expression has an incorrect data type (ADD {path})");
    }

    private static JsonObject? SetDifference(AttributePath path, JsonNode current, JsonNode? removed)
    {
        var type = AttributeValues.TypeOf(current);
        if (type is not ("SS" or "NS" or "BS") || AttributeValues.TypeOf(removed) != type)
        {
            throw DynamoDbErrors.Validation($"An operand in the update expression has an incorrect data type (DELETE {path})");
        }

        var drop = removed![type]!.AsArray().Select(n => n!.ToJsonString()).ToHashSet(StringComparer.Ordinal);
        var left = current[type]!.AsArray().Where(n => !drop.Contains(n!.ToJsonString())).Select(n => n!.DeepClone()).ToList();
        return left.Count == 0 ? null : new JsonObject { [type] = new JsonArray([.. left]) };
    }
}
