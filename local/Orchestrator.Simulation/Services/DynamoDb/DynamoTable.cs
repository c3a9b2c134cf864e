using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>One table: its key schema, items by key, and TTL setting.</summary>
internal sealed class DynamoTable
{
    public DynamoTable(string name, string arn, JsonArray keySchema, JsonArray attributeDefinitions, DateTimeOffset created)
    {
        Name = name;
        Arn = arn;
        KeySchema = keySchema;
        AttributeDefinitions = attributeDefinitions;
        Created = created;
        string TypeOf(string attribute) =>
            attributeDefinitions.FirstOrDefault(d => d?["AttributeName"]?.GetValue<string>() == attribute)?["AttributeType"]?.GetValue<string>()
            ?? throw DynamoDbErrors.Validation($"One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [{attribute}], AttributeDefinitions: [{string.Join(", ", attributeDefinitions.Select(d => d?["AttributeName"]))}]");
        KeyAttributes = keySchema.OrderBy(k => k!["KeyType"]!.GetValue<string>() == "HASH" ? 0 : 1)
            .Select(k => k!["AttributeName"]!.GetValue<string>())
            .Select(n => (n, TypeOf(n)))
            .ToList();
    }

    public string Name { get; }

    public string Arn { get; }

    public JsonArray KeySchema { get; }

    public JsonArray AttributeDefinitions { get; }

    public DateTimeOffset Created { get; }

    /// <summary>Partition key first, then the sort key if any, each with its type (S, N or B).</summary>
    public IReadOnlyList<(string Name, string Type)> KeyAttributes { get; }

    public Dictionary<string, JsonObject> Items { get; } = new(StringComparer.Ordinal);

    public string? TtlAttribute { get; set; }

    /// <summary>The item's key as text; throws DynamoDB's ValidationException when key attributes are missing or mistyped.</summary>
    public string KeyOf(JsonObject itemOrKey, bool exactKey)
    {
        if (exactKey && itemOrKey.Count != KeyAttributes.Count)
        {
            throw DynamoDbErrors.Validation("The provided key element does not match the schema");
        }

        var parts = new List<string>();
        foreach (var (name, type) in KeyAttributes)
        {
            var value = itemOrKey[name];
            if (value is null)
            {
                throw DynamoDbErrors.Validation(exactKey
                    ? "The provided key element does not match the schema"
                    : $"One or more parameter values were invalid: Missing the key {name} in the item");
            }

            var actual = AttributeValues.TypeOf(value);
            if (actual != type)
            {
                throw DynamoDbErrors.Validation($"One or more parameter values were invalid: Type mismatch for key {name} expected: {type} actual: {actual}");
            }

            parts.Add(AttributeValues.KeyText(value));
        }

        return string.Join("\u0000", parts);
    }
}
