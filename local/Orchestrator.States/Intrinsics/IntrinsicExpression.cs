using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// A parsed intrinsic invocation such as <c>States.Format('Hello {}', $.name)</c>; parsed once,
/// immutable, printing back as <see cref="Text"/>.
/// </summary>
/// <remarks>
/// Parse checks what the definition alone can show: the function name (one of the 18), argument
/// counts, the number of calls (at most 10 per field), literal syntax, and States.Format's placeholder count for a
/// literal template. Argument types and limits are checked at evaluation, raising
/// <c>States.IntrinsicFailure</c>; a path argument that matches nothing raises <c>States.Runtime</c>.
/// </remarks>
public sealed class IntrinsicExpression
{
    private readonly CallNode _call;

    private IntrinsicExpression(string text, CallNode call)
    {
        Text = text;
        _call = call;
        UsesContext = ReadsContext(call);
    }

    /// <summary>The invocation as written.</summary>
    public string Text { get; }

    /// <summary>True when some argument, at any depth, is a <c>$$</c> path (the caller must pass the context object).</summary>
    public bool UsesContext { get; }

    /// <summary>The function called at the top, e.g. <c>States.Format</c>.</summary>
    public string FunctionName => _call.Function.Name;

    /// <summary>Parses an invocation; <see cref="FormatException"/> says what is wrong and where.</summary>
    public static IntrinsicExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IntrinsicExpression(text, IntrinsicParser.Parse(text));
    }

    /// <summary>Parses an invocation, returning false with a message instead of throwing.</summary>
    public static bool TryParse(string text, out IntrinsicExpression? expression, out string? error)
    {
        try
        {
            expression = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            expression = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>True when the text reads as an intrinsic call rather than a path (it starts with <c>States.</c>).</summary>
    public static bool LooksLikeCall(string text) => text.AsSpan().TrimStart().StartsWith("States.", StringComparison.Ordinal);

    /// <summary>
    /// Evaluates the call. Path arguments read <paramref name="input"/> (<c>$</c>) or
    /// <paramref name="context"/> (<c>$$</c>). The result is a new node with no parent.
    /// </summary>
    /// <exception cref="StatesException">States.IntrinsicFailure for bad arguments; States.Runtime for a path that matches nothing.</exception>
    public JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        try
        {
            return Detach(_call.Evaluate(input, context, intrinsics));
        }
        catch (IntrinsicPathNotFoundException e)
        {
            throw new StatesException(StatesErrorNames.Runtime, e.Message);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Evaluates for a payload-template field, so a missing path is reported with that field's name.</summary>
    internal JsonNode? EvaluateForField(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics, string field)
    {
        try
        {
            return Detach(_call.Evaluate(input, context, intrinsics));
        }
        catch (IntrinsicPathNotFoundException e)
        {
            throw e.ForField(field);
        }
    }

    private static bool ReadsContext(CallNode call)
    {
        foreach (var argument in call.Arguments)
        {
            if ((argument is PathNode path && path.Path.IsContextPath) || (argument is CallNode inner && ReadsContext(inner)))
            {
                return true;
            }
        }

        return false;
    }

    private static JsonNode? Detach(JsonNode? node) => node?.Parent is null ? node : node.DeepClone();
}
