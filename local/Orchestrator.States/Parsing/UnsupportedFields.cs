namespace Orchestrator.States.Parsing;

/// <summary>The message for a field a state (or rule, retrier…) does not accept, naming the
/// deliberate gaps (JSONata, Distributed Map) as such rather than as typos.</summary>
internal static class UnsupportedFields
{
    public static string Explain(string field, string owner) => field switch
    {
        "Arguments" or "Output" or "Items" or "Condition" =>
            $"The field '{field}' belongs to the JSONata query language, which this engine does not support (JSONPath only).",
        "ItemReader" or "ItemBatcher" or "ResultWriter" or "Label" or "ToleratedFailurePercentage"
            or "ToleratedFailurePercentagePath" or "ToleratedFailureCount" or "ToleratedFailureCountPath" =>
            $"The field '{field}' belongs to Distributed Map, which this engine does not support (inline Map only).",
        _ => $"SCHEMA_VALIDATION_FAILED: The field '{field}' is not supported by {owner}.",
    };
}
