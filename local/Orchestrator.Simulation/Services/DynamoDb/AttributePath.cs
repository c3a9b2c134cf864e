using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// A document path in an item (<c>a</c>, <c>a.b</c>, <c>a[0].b</c>) with names already resolved from
/// placeholders: reads a value, and sets or removes one (creating no intermediate maps, as DynamoDB:
/// "The document path provided in the update expression is invalid for update").
/// </summary>
internal sealed class AttributePath
{
    private readonly List<object> _segments;

    public AttributePath(List<object> segments) => _segments = segments;

    public string TopName => (string)_segments[0];

    public override string ToString() => string.Concat(_segments.Select((s, i) => s is int n ? $"[{n}]" : i == 0 ? (string)s : "." + s));

    /// <summary>The AttributeValue at the path, or null when absent.</summary>
    public JsonNode? Get(JsonObject? item)
    {
        JsonNode? current = item is null ? null : new JsonObject { ["M"] = item.DeepClone() };
        foreach (var segment in _segments)
        {
            current = segment switch
            {
                string name when current?["M"] is JsonObject map => map[name],
                int index when current?["L"] is JsonArray list && index < list.Count => list[index],
                _ => null,
            };
        }

        return current;
    }

    public void Set(JsonObject item, JsonNode value)
    {
        // A node has one parent: always insert a copy.
        value = value.DeepClone();
        var (container, last) = Parent(item);
        switch (container, last)
        {
            case (JsonObject map, string name):
                map[name] = value;
                break;
            case (JsonArray list, int index):
                if (index < list.Count)
                {
                    list[index] = value;
                }
                else
                {
                    list.Add(value);
                }

                break;
            default:
                throw DynamoDbErrors.Validation("The document path provided in the update expression is invalid for update");
        }
    }

    public void Remove(JsonObject item)
    {
        var (container, last) = Parent(item);
        switch (container, last)
        {
            case (JsonObject map, string name):
                map.Remove(name);
                break;
            case (JsonArray list, int index) when index < list.Count:
                list.RemoveAt(index);
                break;
        }
    }

    private (JsonNode? Container, object Last) Parent(JsonObject item)
    {
        JsonNode? current = item;
        for (var i = 0; i < _segments.Count - 1; i++)
        {
            var child = current switch
            {
                JsonObject map when _segments[i] is string name => map[name],
                JsonArray list when _segments[i] is int index && index < list.Count => list[index],
                _ => null,
            };
            current = child?["M"] as JsonNode ?? child?["L"];
        }

        return (current, _segments[^1]);
    }
}
