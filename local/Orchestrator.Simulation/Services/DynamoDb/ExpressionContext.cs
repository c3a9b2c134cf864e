using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// A request's ExpressionAttributeNames and ExpressionAttributeValues, recording which ones the
/// expressions use: DynamoDB rejects a placeholder that is not defined ("An expression attribute
/// value used in expression is not defined") and one that is defined but unused ("Value provided in
/// ExpressionAttributeValues unused in expressions").
/// </summary>
internal sealed class ExpressionContext
{
    private readonly JsonObject _names;
    private readonly JsonObject _values;
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedValues = new(StringComparer.Ordinal);

    public ExpressionContext(JsonObject request)
    {
        _names = request["ExpressionAttributeNames"]?.AsObject() ?? [];
        _values = request["ExpressionAttributeValues"]?.AsObject() ?? [];
        foreach (var (key, value) in _values)
        {
            if (AttributeValues.Problem(value, $"ExpressionAttributeValues.{key}") is { } problem)
            {
                throw DynamoDbErrors.Validation($"ExpressionAttributeValues contains invalid value: {problem} for key {key}");
            }
        }
    }

    public string Name(string token)
    {
        if (!token.StartsWith('#'))
        {
            return token;
        }

        _usedNames.Add(token);
        return _names[token]?.GetValue<string>()
            ?? throw DynamoDbErrors.Validation($"Value provided in ExpressionAttributeNames is not defined; attribute name: {token}");
    }

    public JsonNode Value(string token)
    {
        _usedValues.Add(token);
        return _values[token]?.DeepClone()
            ?? throw DynamoDbErrors.Validation($"An expression attribute value used in expression is not defined; attribute value: {token}");
    }

    /// <summary>Throws when a defined placeholder was used by no expression of the request.</summary>
    public void EnsureAllUsed()
    {
        var unusedNames = _names.Select(p => p.Key).Where(k => !_usedNames.Contains(k)).ToList();
        if (unusedNames.Count > 0)
        {
            throw DynamoDbErrors.Validation($"Value provided in ExpressionAttributeNames unused in expressions: keys: {{{string.Join(", ", unusedNames)}}}");
        }

        var unusedValues = _values.Select(p => p.Key).Where(k => !_usedValues.Contains(k)).ToList();
        if (unusedValues.Count > 0)
        {
            throw DynamoDbErrors.Validation($"Value provided in ExpressionAttributeValues unused in expressions: keys: {{{string.Join(", ", unusedValues)}}}");
        }
    }
}
