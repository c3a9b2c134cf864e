using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// The evaluated arguments of one call, with typed readers that raise
/// <c>States.IntrinsicFailure</c> naming the function, the argument and what it was instead.
/// </summary>
internal readonly struct IntrinsicCall(CallNode node, JsonNode?[] values, IntrinsicContext context)
{
    public string Name => node.Function.Name;

    public int Count => values.Length;

    public IntrinsicContext Context => context;

    public JsonNode? this[int index] => values[index];

    /// <summary>The argument as written, when it is a string literal (States.Format needs its placeholders).</summary>
    public StringLiteralNode? LiteralAt(int index) => node.Arguments[index] as StringLiteralNode;

    public StatesException Fail(string what) => IntrinsicErrors.Fail(Name, what);

    public string String(int index)
    {
        if (JsonValues.TryGetString(values[index], out var s))
        {
            return s;
        }

        throw Fail($"argument {index + 1} must be a string but was {Describe(values[index])}");
    }

    public JsonArray Array(int index) =>
        values[index] as JsonArray ?? throw Fail($"argument {index + 1} must be an array but was {Describe(values[index])}");

    public JsonObject Object(int index) =>
        values[index] as JsonObject ?? throw Fail($"argument {index + 1} must be a JSON object but was {Describe(values[index])}");

    public bool Boolean(int index) => JsonValues.KindOf(values[index]) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"argument {index + 1} must be a boolean but was {Describe(values[index])}"),
    };

    /// <summary>
    /// An integer argument. AWS: "If you specify a non-integer value … Step Functions will round it
    /// off to the nearest integer"; Step Functions runs on Java, whose Math.round rounds halves up.
    /// Values must fit a 32-bit int (Java int), as AWS documents for States.MathAdd.
    /// </summary>
    public int Integer(int index)
    {
        var value = values[index];
        if (!JsonValues.TryGetDecimal(value, out var number))
        {
            throw Fail($"argument {index + 1} must be an integer but was {Describe(value)}");
        }

        var rounded = decimal.Floor(number + 0.5m);
        if (rounded < int.MinValue || rounded > int.MaxValue)
        {
            throw Fail($"argument {index + 1} must be between {int.MinValue} and {int.MaxValue} but was {value!.ToJsonString()}");
        }

        return (int)rounded;
    }

    /// <summary>A short description of a bad argument for messages: its JSON kind and text.</summary>
    public static string Describe(JsonNode? value)
    {
        var kind = JsonValues.KindOf(value) switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
        if (value is null)
        {
            return kind;
        }

        var json = PathErrors.Json(value);
        return string.Create(CultureInfo.InvariantCulture, $"{kind} ({(json.Length > 100 ? json[..100] + "…" : json)})");
    }
}
