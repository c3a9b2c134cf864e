using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// States.Format(template, v…): the template with each <c>{}</c> replaced by the next value. AWS:
/// "There must be as many remaining arguments in the Invocation as there are occurrences of {}".
/// </summary>
/// <remarks>
/// In a literal template <c>\{</c> and <c>\}</c> are plain braces; a template read from a path has
/// no escapes. Values print as text: strings bare, numbers as their JSON text, <c>true</c>,
/// <c>false</c>, <c>null</c>; arrays and objects the way Step Functions' Java runtime prints them,
/// <c>[1, 2]</c> and <c>{a=1, b=x}</c>, as recorded from AWS (LocalStack test_generic.snapshot.json,
/// test_format_2). The ASL spec says an argument "MUST NOT be a JSON array or object"; AWS accepts
/// them, and so does this.
/// </remarks>
internal static class FormatFunction
{
    public static JsonNode? Format(IntrinsicCall call)
    {
        IReadOnlyList<string> pieces = call.LiteralAt(0) is { } literal ? literal.FormatPieces : call.String(0).Split("{}");

        if (pieces.Count - 1 != call.Count - 1)
        {
            throw call.Fail($"the template has {pieces.Count - 1} placeholder(s) but {call.Count - 1} value(s) were given");
        }

        var sb = new StringBuilder(pieces[0]);
        for (var i = 1; i < call.Count; i++)
        {
            Render(sb, call[i]);
            sb.Append(pieces[i]);
        }

        return JsonValue.Create(sb.ToString());
    }

    /// <summary>Appends a value the way States.Format prints it.</summary>
    public static void Render(StringBuilder sb, JsonNode? value)
    {
        switch (value)
        {
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    sb.Append(i == 0 ? string.Empty : ", ");
                    Render(sb, array[i]);
                }

                sb.Append(']');
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var member in obj)
                {
                    sb.Append(first ? string.Empty : ", ").Append(member.Key).Append('=');
                    Render(sb, member.Value);
                    first = false;
                }

                sb.Append('}');
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                sb.Append(v.GetValue<string>());
                break;
            default:
                sb.Append(PathErrors.Json(value));
                break;
        }
    }
}
