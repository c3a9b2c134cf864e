using System.Globalization;

namespace Orchestrator.States.Model;

/// <summary>
/// The cause texts Step Functions writes for the errors it raises itself, in one place so the
/// wording can be checked against its sources.
/// </summary>
/// <remarks>
/// Sources: AWS console output quoted in public issues and AWS workshop material (the
/// "An error occurred while executing the state" prefix, "Invalid path … : No results for path",
/// the Choice "condition path references an invalid value", the history limit text quoted with
/// its event id 25000), LocalStack's AWS-validated snapshots (DataLimitExceeded, "Map state input
/// must be an array but was: …"). Texts not seen in a recording are marked (derived).
/// </remarks>
internal static class ErrorCauses
{
    /// <summary>The history limit, as recorded: event #25000 is the ExecutionFailed event.</summary>
    public const string HistoryLimit = "The execution reached the maximum number of history events (25000).";

    /// <summary>The prefix AWS puts before a States.Runtime cause raised inside a state.</summary>
    public static string InState(string state, long enteredEventId, string cause) =>
        string.Create(CultureInfo.InvariantCulture, $"An error occurred while executing the state '{state}' (entered at the event id #{enteredEventId}). {cause}");

    /// <summary>A Wait SecondsPath that matches nothing (recorded).</summary>
    public static string WaitSecondsPathMissing(string path) =>
        $"The SecondsPath parameter does not reference an input value: {path}";

    /// <summary>A Wait SecondsPath whose value is not an integer, e.g. 1.5 (recorded).</summary>
    public static string WaitSecondsPathNotLong(string path, System.Text.Json.Nodes.JsonNode? value) =>
        $"The SecondsPath parameter cannot be parsed as a long value: {path} == {Scalar(value)}";

    /// <summary>A Wait SecondsPath whose value is a negative integer (recorded).</summary>
    public static string WaitSecondsPathNegative(string path, System.Text.Json.Nodes.JsonNode? value) =>
        $"The SecondsPath parameter references a negative value: {path} == {Scalar(value)}";

    /// <summary>A Wait TimestampPath whose value is not an ISO-8601 timestamp (recorded).</summary>
    public static string WaitTimestampPathInvalid(string path, System.Text.Json.Nodes.JsonNode? value) =>
        $"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {path} == {Scalar(value)}";

    /// <summary>A <c>*Path</c> field (MaxConcurrencyPath…) whose value is not a valid integer;
    /// recorded for a string ("NoNumber") and an object ("{}"), the value quoted.</summary>
    public static string NotAnInteger(string field, string path, System.Text.Json.Nodes.JsonNode? value, string kind = "integer") =>
        $"The {field} field refers to value \"{Scalar(value)}\" which is not a valid {kind}: {path}";

    /// <summary>A negative ToleratedFailureCount (recorded).</summary>
    public const string ToleratedCountNegative = "ToleratedFailureCount cannot be negative.";

    /// <summary>A ToleratedFailurePercentage outside 0–100 (recorded).</summary>
    public const string ToleratedPercentageRange = "ToleratedFailurePercentage must be between 0 and 100.";

    /// <summary>A Distributed Map whose failed items exceed its tolerance (derived wording).</summary>
    public const string ToleratedFailureExceeded = "The specified tolerated failure threshold was exceeded.";

    /// <summary>A Choice rule whose Variable (or *Path operand) matches nothing.</summary>
    public static string InvalidChoicePath(string path) =>
        $"Invalid path '{path}': The choice state's condition path references an invalid value.";

    /// <summary>A state input or output over 262,144 bytes.</summary>
    public static string DataLimit(string state) =>
        $"The state/task '{state}' returned a result with a size exceeding the maximum number of bytes service limit.";

    /// <summary>An Assign whose values exceed 256 KiB (derived wording, after <see cref="DataLimit"/>).</summary>
    public static string AssignLimit(string state) =>
        $"The state '{state}' assigned variables with a size exceeding the maximum number of bytes service limit.";

    /// <summary>A Map whose items are not an array.</summary>
    public static string MapInputNotArray(string json) => $"Map state input must be an array but was: {json}";

    /// <summary>A Choice state where no rule matched and there is no Default (derived wording).</summary>
    public const string NoChoiceMatched = "No Matches!";

    /// <summary>A value as AWS prints it after "==": a string without quotes, anything else as JSON.</summary>
    private static string Scalar(System.Text.Json.Nodes.JsonNode? value) =>
        value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue(out string? text) ? text : Paths.PathErrors.Json(value);
}
