using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>
/// An <c>InputPath</c>, <c>OutputPath</c> or <c>ItemsPath</c> value: absent means <c>$</c> (the
/// whole input), JSON <c>null</c> means <c>{}</c>, otherwise a JSONPath selecting one node.
/// </summary>
public sealed class InputOutputPath
{
    /// <summary>The default, <c>$</c>: the input unchanged.</summary>
    public static readonly InputOutputPath Identity = new(null, isNull: false);

    /// <summary>JSON <c>null</c>: the state sees <c>{}</c> (AWS "InputPath: null gives {}").</summary>
    public static readonly InputOutputPath Null = new(null, isNull: true);

    private InputOutputPath(JsonPathExpression? expression, bool isNull)
    {
        Expression = expression;
        IsNull = isNull;
        ReadsContext = expression?.IsContextPath == true;
    }

    /// <summary>The path, or null for <see cref="Identity"/> and <see cref="Null"/>.</summary>
    public JsonPathExpression? Expression { get; }

    /// <summary>True for JSON <c>null</c>.</summary>
    public bool IsNull { get; }

    /// <summary>True when the path reads the context object (<c>$$…</c>).</summary>
    public bool ReadsContext { get; }

    /// <summary>Wraps a parsed path; <c>$</c> becomes <see cref="Identity"/>.</summary>
    public static InputOutputPath Of(JsonPathExpression expression) =>
        expression.Text == "$" ? Identity : new InputOutputPath(expression, isNull: false);

    /// <summary>
    /// Selects from <paramref name="input"/> (or <paramref name="context"/> for <c>$$</c> paths).
    /// </summary>
    /// <exception cref="StatesException">States.Runtime when the path matches nothing; AWS words
    /// it "Invalid path '$.x' : No results for path: $['x']".</exception>
    public JsonNode? Select(JsonNode? input, JsonNode? context)
    {
        if (Expression is null)
        {
            return IsNull ? new JsonObject() : input;
        }

        if (Expression.TryEvaluate(input, context, out var result))
        {
            return result;
        }

        throw new StatesException(StatesErrorNames.Runtime, Paths.PathErrors.InvalidPath(Expression, Expression.Root(input, context)));
    }

    /// <inheritdoc/>
    public override string ToString() => Expression?.Text ?? (IsNull ? "null" : "$");
}
