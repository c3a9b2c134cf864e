using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>Item operations: PutItem, GetItem, DeleteItem, UpdateItem.</summary>
public sealed partial class SimulatedDynamoDb
{
    private JsonObject PutItem(JsonObject request)
    {
        var table = Table(request);
        var item = request["Item"]!.AsObject();
        CheckItem(item, "Item");
        var key = table.KeyOf(item, exactKey: false);
        var returnValues = ReturnValues(request, "NONE", "ALL_OLD");
        var old = table.Items.GetValueOrDefault(key);
        var context = new ExpressionContext(request);
        CheckCondition(request, context, old);
        context.EnsureAllUsed();
        table.Items[key] = (JsonObject)item.DeepClone();
        return Answer(returnValues == "ALL_OLD" ? old : null);
    }

    private JsonObject GetItem(JsonObject request)
    {
        var table = Table(request);
        var key = table.KeyOf(request["Key"]!.AsObject(), exactKey: true);
        var context = new ExpressionContext(request);
        var paths = request["ProjectionExpression"]?.GetValue<string>() is { } projection ? Projection(projection, context) : null;
        context.EnsureAllUsed();
        if (!table.Items.TryGetValue(key, out var item))
        {
            return [];
        }

        var result = new JsonObject();
        foreach (var (name, value) in item.Where(p => paths is null || paths.Contains(p.Key)))
        {
            result[name] = value!.DeepClone();
        }

        return new JsonObject { ["Item"] = result };
    }

    private JsonObject DeleteItem(JsonObject request)
    {
        var table = Table(request);
        var key = table.KeyOf(request["Key"]!.AsObject(), exactKey: true);
        var returnValues = ReturnValues(request, "NONE", "ALL_OLD");
        var old = table.Items.GetValueOrDefault(key);
        var context = new ExpressionContext(request);
        CheckCondition(request, context, old);
        context.EnsureAllUsed();
        table.Items.Remove(key);
        return Answer(returnValues == "ALL_OLD" ? old : null);
    }

    private JsonObject UpdateItem(JsonObject request)
    {
        var table = Table(request);
        var keyObject = request["Key"]!.AsObject();
        var key = table.KeyOf(keyObject, exactKey: true);
        var returnValues = ReturnValues(request, "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
        var old = table.Items.GetValueOrDefault(key);
        var context = new ExpressionContext(request);
        var update = request["UpdateExpression"]?.GetValue<string>() is { } expression
            ? UpdateExpression.Compile(expression, context, old)
            : null;
        CheckCondition(request, context, old);
        context.EnsureAllUsed();

        var updated = (JsonObject?)old?.DeepClone() ?? (JsonObject)keyObject.DeepClone();
        update?.Invoke(updated);
        foreach (var (name, _) in table.KeyAttributes)
        {
            if (!AttributeValues.Same(updated[name], keyObject[name]))
            {
                throw DynamoDbErrors.Validation($"One or more parameter values were invalid: Cannot update attribute {name}. This attribute is part of the key");
            }
        }

        CheckItem(updated, "UpdateExpression");
        table.Items[key] = updated;
        return Answer(returnValues switch
        {
            "ALL_OLD" => old,
            "ALL_NEW" => updated,
            "UPDATED_OLD" => Changed(old, updated),
            "UPDATED_NEW" => Changed(updated, old),
            _ => null,
        });
    }

    private static void CheckCondition(JsonObject request, ExpressionContext context, JsonObject? current)
    {
        if (request["ConditionExpression"]?.GetValue<string>() is { } condition
            && !ConditionExpression.Compile(condition, context)(current))
        {
            throw DynamoDbErrors.ConditionalCheckFailed();
        }
    }

    /// <summary>DynamoDB's item size limit, 400 KB ("Service, account, and table quotas").</summary>
    private const long MaxItemBytes = 400 * 1024;

    private static void CheckItem(JsonObject item, string parameter)
    {
        if (AttributeValues.ItemSize(item) > MaxItemBytes)
        {
            throw DynamoDbErrors.Validation("Item size has exceeded the maximum allowed size");
        }

        foreach (var (name, value) in item)
        {
            if (AttributeValues.Problem(value, $"{parameter}.{name}") is { } problem)
            {
                throw DynamoDbErrors.Validation($"One or more parameter values were invalid: {problem}");
            }
        }
    }

    private static string ReturnValues(JsonObject request, params string[] allowed)
    {
        var value = request["ReturnValues"]?.GetValue<string>() ?? "NONE";
        return allowed.Contains(value) ? value : throw DynamoDbErrors.Validation("Return values set to invalid value");
    }

    private static HashSet<string> Projection(string projection, ExpressionContext context)
    {
        var reader = new ExpressionReader(projection, "ProjectionExpression", context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            // Nested paths return their whole top-level attribute (a simplification).
            names.Add(reader.Path().TopName);
        }
        while (reader.TrySymbol(","));
        return reader.AtEnd ? names : throw reader.SyntaxError();
    }

    /// <summary>The top-level attributes of <paramref name="from"/> that differ in <paramref name="other"/> (UPDATED_OLD / UPDATED_NEW).</summary>
    private static JsonObject? Changed(JsonObject? from, JsonObject? other)
    {
        if (from is null)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var (name, value) in from.Where(p => !AttributeValues.Same(p.Value, other?[p.Key])))
        {
            result[name] = value!.DeepClone();
        }

        return result.Count == 0 ? null : result;
    }

    private static JsonObject Answer(JsonObject? attributes) =>
        attributes is null ? [] : new JsonObject { ["Attributes"] = attributes.DeepClone() };
}
