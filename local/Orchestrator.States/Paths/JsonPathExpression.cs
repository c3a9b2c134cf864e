using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// A JSONPath as Step Functions evaluates it (Jayway semantics), parsed once and immutable. It prints
/// back as <see cref="Text"/> for error messages.
/// </summary>
/// <remarks>
/// <para>Supported: <c>$</c>, <c>$$</c> (context object), <c>.name</c>, <c>['name']</c> with escaped quotes,
/// <c>[n]</c> and negative <c>[-n]</c>, <c>[*]</c>/<c>.*</c>, slices <c>[a:b]</c>, unions <c>[0,1]</c> and
/// <c>['a','b']</c>, recursive descent <c>..</c>, and filters <c>[?(…)]</c> with <c>== != &lt; &lt;= &gt; &gt;=</c>,
/// <c>=~ /re/</c>, <c>&amp;&amp; || !</c>, parentheses and existence tests.</para>
/// <para>Path functions (<c>.length()</c>, <c>.sum()</c>) parse but match nothing, which is what AWS
/// does (a recorded execution failed with "could not be found" for <c>$.Jobs.sum()</c>). Rejected at
/// parse time with a message: script expressions <c>[(…)]</c>, slice steps and Jayway's word
/// operators (<c>in</c>, <c>nin</c>, <c>size</c>…), which are not documented for Step Functions.</para>
/// <para>Results: a definite path returns the node inside the document itself (no copy: DeepClone it
/// before putting it into another container); an indefinite path returns a new <see cref="JsonArray"/>
/// of copies of every match, which is empty when nothing matched (Jayway returns an empty list).</para>
/// </remarks>
public sealed class JsonPathExpression
{
    private readonly CompiledPath _path;

    private JsonPathExpression(string text, CompiledPath path, bool isContextPath, string? variable)
    {
        Text = text;
        _path = path;
        IsContextPath = isContextPath;
        VariableName = variable;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>True when the path can match at most one node: no wildcard, filter, slice, union or <c>..</c>.</summary>
    public bool IsDefinite => _path.IsDefinite;

    /// <summary>True for <c>$$…</c>: the caller evaluates it against the context object.</summary>
    public bool IsContextPath { get; }

    /// <summary>For <c>$name…</c>, the workflow variable the path reads (<c>name</c>); else null.</summary>
    public string? VariableName { get; }

    /// <summary>True when the path reads the state input (<c>$…</c>), not the context object or a variable.</summary>
    public bool ReadsInput => !IsContextPath && VariableName is null;

    /// <summary>True when the path uses only <c>.name</c>, <c>['name']</c> and <c>[n]</c> (an AWS reference path).</summary>
    public bool IsReferencePath => _path.IsReference;

    internal CompiledPath Compiled => _path;

    /// <summary>Parses a path; throws <see cref="FormatException"/> naming the problem and its position.</summary>
    public static JsonPathExpression Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var compiled = JsonPathParser.ParsePath(path, out var isContext, out var variable);
        return new JsonPathExpression(path, compiled, isContext, variable);
    }

    /// <summary>Parses a path, returning false with a message instead of throwing.</summary>
    public static bool TryParse(string path, out JsonPathExpression? expression, out string? error)
    {
        try
        {
            expression = Parse(path);
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

    /// <summary>
    /// Evaluates against <paramref name="root"/> (the input, or the context object when
    /// <see cref="IsContextPath"/>). False when a definite path matches nothing.
    /// </summary>
    public bool TryEvaluate(JsonNode? root, out JsonNode? result) => _path.TryEvaluate(root, root, out result);

    /// <summary>
    /// Evaluates against what the path reads: <paramref name="input"/> for <c>$…</c>,
    /// <paramref name="context"/> for <c>$$…</c>, or the workflow variable for <c>$name…</c> (looked up
    /// in the current variable scope). False when nothing matches or the variable is unset.
    /// </summary>
    public bool TryEvaluate(JsonNode? input, JsonNode? context, out JsonNode? result)
    {
        if (VariableName is null)
        {
            var root = IsContextPath ? context : input;
            return _path.TryEvaluate(root, root, out result);
        }

        if (!Variables.VariableScope.TryRead(VariableName, out var value))
        {
            result = null;
            return false;
        }

        return _path.TryEvaluate(value, value, out result);
    }

    /// <summary>The value a definite *Path field (TimeoutSecondsPath, MaxConcurrencyPath…) selects.</summary>
    /// <exception cref="StatesException">States.Runtime "Invalid path '…' : No results for path: …" when nothing matches.</exception>
    internal JsonNode? SelectOrFail(JsonNode? input, JsonNode? context) =>
        TryEvaluate(input, context, out var value)
            ? value
            : throw new StatesException(StatesErrorNames.Runtime, PathErrors.InvalidPath(this, Root(input, context)));

    /// <summary>The document the path reads (for error messages): the input, the context object or the variable's value.</summary>
    public JsonNode? Root(JsonNode? input, JsonNode? context) =>
        VariableName is null ? (IsContextPath ? context : input)
        : Variables.VariableScope.TryRead(VariableName, out var value) ? value : null;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
