using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// The cause texts Step Functions writes when a path fails, built in one place. The engine prefixes
/// them with "An error occurred while executing the state '…' (entered at the event id #n). ".
/// </summary>
/// <remarks>
/// Sources: the Parameters wording is from an AWS execution history (Glue StartJobRun example, a
/// recorded ExecutionFailed event: "The JSONPath '$.JobName' specified for the field 'JobName.$'
/// could not be found in the input '{}'"); the InputPath/OutputPath wording "Invalid path '…' : No
/// results for path: $['x']" is AWS console output quoted in public issues, the tail being Jayway's
/// own PathNotFoundException text (so a missing intermediate member reads "Missing property in path
/// $['a']", as Jayway words it). Texts marked (derived) were not seen in a recording.
/// </remarks>
public static class PathErrors
{
    /// <summary>
    /// The error AWS reports when a ResultPath cannot be applied to the state input (recorded:
    /// cdklabs/construct-hub#459). Kept here rather than in StatesErrorNames, which lists the spec's names.
    /// </summary>
    public const string ReferencePathConflict = "States.ReferencePathConflict";

    /// <summary>JSON as AWS prints it in causes: compact, non-ASCII and HTML characters unescaped.</summary>
    public static readonly JsonSerializerOptions CauseJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>Compact JSON for a cause (<c>null</c> for a JSON null).</summary>
    public static string Json(JsonNode? node) => node?.ToJsonString(CauseJson) ?? "null";

    /// <summary>
    /// A payload-template path (Parameters, ResultSelector, ItemSelector) that matched nothing.
    /// <paramref name="field"/> is the key as written, with its <c>.$</c> suffix.
    /// </summary>
    public static string FieldPathNotFound(string path, string field, JsonNode? input) =>
        $"The JSONPath '{path}' specified for the field '{field}' could not be found in the input '{Json(input)}'";

    /// <summary>
    /// Paths applied to a JSON null (or empty) state input, as AWS words it in a recorded execution
    /// (an apigateway:invoke Task whose Parameters read "$" of a null input).
    /// </summary>
    public const string NullInput = "Unable to apply Path transformation to null or empty input.";

    /// <summary>An InputPath, OutputPath or ItemsPath that matched nothing in <paramref name="root"/>.</summary>
    public static string InvalidPath(JsonPathExpression path, JsonNode? root) =>
        $"Invalid path '{path.Text}' : {NoResults(path, root)}";

    /// <summary>
    /// A ResultPath that cannot be applied to the state input, worded as recorded from AWS: "Unable to
    /// apply ReferencePath $.partitioned to input \"{\\\"min_size\\\":10000…}\"" (aws-cdk issue #29473,
    /// where the input was a JSON string), i.e. the path as written and the input as JSON.
    /// </summary>
    public static string ResultPathNotApplicable(string path, JsonNode? input) =>
        $"Unable to apply ReferencePath {path} to input {Json(input)}";

    /// <summary>Jayway's description of a failed definite path: which step found nothing.</summary>
    public static string NoResults(JsonPathExpression path, JsonNode? root)
    {
        var segments = path.Compiled.Segments;
        if (path.Compiled.IsSimple)
        {
            var node = root;
            for (var i = 0; i < segments.Count; i++)
            {
                var isLeaf = i == segments.Count - 1;
                if (!segments[i].TrySelectOne(node, out var next))
                {
                    if (!isLeaf && segments[i] is NameSegment && node is JsonObject)
                    {
                        return "Missing property in path " + Normalized(path, i + 1);
                    }

                    break;
                }

                node = next;
            }
        }

        return "No results for path: " + Normalized(path, segments.Count);
    }

    /// <summary>The path in Jayway's normalized form, e.g. <c>$.a.b[0]</c> as <c>$['a']['b'][0]</c>.</summary>
    public static string Normalized(JsonPathExpression path) => Normalized(path, path.Compiled.Segments.Count);

    private static string Normalized(JsonPathExpression path, int count)
    {
        var sb = new StringBuilder(path.IsContextPath ? "$$" : "$");
        var segments = path.Compiled.Segments;
        for (var i = 0; i < count; i++)
        {
            Append(sb, segments[i]);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, PathSegment segment)
    {
        switch (segment)
        {
            case NameSegment name:
                sb.Append("['").Append(name.Name).Append("']");
                break;
            case IndexSegment index:
                sb.Append('[').Append(index.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case NameUnionSegment union:
                sb.Append('[').AppendJoin(',', union.Names.Select(n => $"'{n}'")).Append(']');
                break;
            case FunctionSegment function:
                sb.Append('.').Append(function.Name).Append("()");
                break;
            case DescendantSegment:
                sb.Append("..");
                break;
            case WildcardSegment:
                sb.Append("[*]");
                break;
            default:
                sb.Append("[?]");
                break;
        }
    }
}
