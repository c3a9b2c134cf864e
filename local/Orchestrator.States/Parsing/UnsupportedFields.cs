namespace Orchestrator.States.Parsing;

/// <summary>The message for a field a state (or rule, retrier…) does not accept, naming the
/// deliberate gaps (JSONata) and misplaced Distributed Map fields as such rather than as typos.</summary>
internal static class UnsupportedFields
{
    public static string Explain(string field, string owner) => field switch
    {
        "Arguments" or "Output" or "Items" or "Condition" =>
            $"The field '{field}' belongs to the JSONata query language, which this engine does not support (JSONPath only).",
        _ when DistributedMapParser.Fields.Contains(field) =>
            $"The field '{field}' belongs to a Map state in Distributed mode, not to {owner}.",
        _ => $"SCHEMA_VALIDATION_FAILED: The field '{field}' is not supported by {owner}.",
    };
}
