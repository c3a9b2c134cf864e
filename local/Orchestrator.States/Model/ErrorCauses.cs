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

    /// <summary>An InputPath/OutputPath/ItemsPath that matches nothing.</summary>
    public static string InvalidPath(string path) =>
        $"Invalid path '{path}' : No results for path: {Normalized(path)}";

    /// <summary>A Choice rule whose Variable (or *Path operand) matches nothing.</summary>
    public static string InvalidChoicePath(string path) =>
        $"Invalid path '{path}': The choice state's condition path references an invalid value.";

    /// <summary>A state input or output over 262,144 bytes.</summary>
    public static string DataLimit(string state) =>
        $"The state/task '{state}' returned a result with a size exceeding the maximum number of bytes service limit.";

    /// <summary>A Map whose items are not an array.</summary>
    public static string MapInputNotArray(string json) => $"Map state input must be an array but was: {json}";

    /// <summary>A Choice state where no rule matched and there is no Default (derived wording).</summary>
    public const string NoChoiceMatched = "No Matches!";

    /// <summary>
    /// Writes a simple path the way AWS's path library prints it: <c>$.a.b[0]</c> as
    /// <c>$['a']['b'][0]</c>; anything it cannot split is returned unchanged.
    /// </summary>
    public static string Normalized(string path)
    {
        if (path.Length < 2 || path[0] != '$' || path[1] == '$' || path.Contains('\'', StringComparison.Ordinal))
        {
            return path;
        }

        var builder = new System.Text.StringBuilder("$");
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                builder.Append("['").Append(name).Append("']");
            }

            if (bracket >= 0)
            {
                builder.Append(part[bracket..]);
            }
        }

        return builder.ToString();
    }
}
