using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Finds every name a template section uses through intrinsic functions: <c>Ref</c>,
/// <c>Fn::GetAtt</c> (list or dotted string form), the variables of <c>Fn::Sub</c> (not its own
/// variable map, not <c>${!Literal}</c>), the condition of <c>Fn::If</c>, and <c>{"Condition": name}</c>
/// inside conditions and rules.
/// </summary>
public static partial class ReferenceWalker
{
    public static List<TemplateReference> Collect(JsonNode? node, string where)
    {
        var found = new List<TemplateReference>();
        Walk(node, where, found);
        return found;
    }

    private static void Walk(JsonNode? node, string where, List<TemplateReference> found)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{where}[{i}]", found);
                }

                break;
            case JsonObject o when o.Count == 1 && IsIntrinsic(o.First().Key):
                Intrinsic(o.First().Key, o.First().Value, where, found);
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Walk(value, $"{where}.{key}", found);
                }

                break;
        }
    }

    private static bool IsIntrinsic(string key) => key is "Ref" or "Condition" || key.StartsWith("Fn::", StringComparison.Ordinal);

    private static void Intrinsic(string function, JsonNode? argument, string where, List<TemplateReference> found)
    {
        var at = $"{where}.{function}";
        switch (function)
        {
            case "Ref" when argument?.GetValueKind() == JsonValueKind.String:
                found.Add(new("Ref", (string)argument!, null, at));
                return;
            case "Condition" when argument?.GetValueKind() == JsonValueKind.String:
                found.Add(new("Condition", (string)argument!, null, at));
                return;
            case "Fn::GetAtt":
                GetAtt(argument, at, found);
                return;
            case "Fn::Sub":
                Sub(argument, at, found);
                return;
            case "Fn::If" when argument is JsonArray { Count: 3 } args && args[0]?.GetValueKind() == JsonValueKind.String:
                found.Add(new("Condition", (string)args[0]!, null, at));
                Walk(args[1], $"{at}[1]", found);
                Walk(args[2], $"{at}[2]", found);
                return;
            default:
                Walk(argument, at, found);
                return;
        }
    }

    private static void GetAtt(JsonNode? argument, string at, List<TemplateReference> found)
    {
        if (argument is JsonArray { Count: 2 } pair && pair[0]?.GetValueKind() == JsonValueKind.String)
        {
            found.Add(new("GetAtt", (string)pair[0]!, pair[1]?.GetValueKind() == JsonValueKind.String ? (string)pair[1]! : null, at));
        }
        else if (argument?.GetValueKind() == JsonValueKind.String && ((string)argument!).Split('.', 2) is [var resource, var attribute])
        {
            found.Add(new("GetAtt", resource, attribute, at));
        }
        else
        {
            found.Add(new("GetAtt", argument?.ToJsonString() ?? "null", null, at));
        }
    }

    private static void Sub(JsonNode? argument, string at, List<TemplateReference> found)
    {
        var (text, variables) = argument switch
        {
            JsonArray { Count: 2 } pair => ((string?)pair[0], pair[1] as JsonObject),
            _ when argument?.GetValueKind() == JsonValueKind.String => ((string?)argument, null),
            _ => (null, null),
        };
        if (variables is not null)
        {
            Walk(variables, $"{at}[1]", found);
        }

        foreach (Match match in Placeholder().Matches(text ?? ""))
        {
            var name = match.Groups[1].Value;
            if (variables?.ContainsKey(name) == true)
            {
                continue;
            }

            found.Add(name.Split('.', 2) is [var resource, var attribute] && !name.StartsWith("AWS::", StringComparison.Ordinal)
                ? new("Sub", resource, attribute, at)
                : new("Sub", name, null, at));
        }
    }

    /// <summary>The names in <c>${…}</c> placeholders of a string, as Fn::Sub and SAM's
    /// DefinitionSubstitutions read them (not <c>${!Literal}</c>).</summary>
    public static IEnumerable<string> PlaceholdersIn(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary><c>${Name}</c>, <c>${Resource.Attribute}</c> or <c>${AWS::Region}</c>; not <c>${!Literal}</c>.</summary>
    [GeneratedRegex(@"\$\{([^!}][^}]*)\}")]
    private static partial Regex Placeholder();
}
