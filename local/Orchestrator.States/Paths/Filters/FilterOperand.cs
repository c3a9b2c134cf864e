using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths.Filters;

/// <summary>
/// One side of a filter comparison: a literal (<c>1</c>, <c>'a'</c>, <c>true</c>, <c>null</c>) or a path
/// relative to the current node (<c>@.x</c>) or to the document root (<c>$.x</c>).
/// </summary>
internal sealed class FilterOperand
{
    private readonly JsonNode? _literal;
    private readonly CompiledPath? _path;
    private readonly bool _relative;

    private FilterOperand(JsonNode? literal, CompiledPath? path, bool relative)
    {
        _literal = literal;
        _path = path;
        _relative = relative;
    }

    public bool IsLiteral => _path is null;

    public static FilterOperand Literal(JsonNode? value) => new(value, null, relative: false);

    public static FilterOperand Path(CompiledPath path, bool relative) => new(null, path, relative);

    /// <summary>The operand's value; false when its path matches nothing (Jayway's "undefined").</summary>
    public bool TryResolve(JsonNode? current, JsonNode? root, out JsonNode? value)
    {
        if (_path is null)
        {
            value = _literal;
            return true;
        }

        return _path.TryEvaluate(_relative ? current : root, root, out value);
    }

    /// <summary>Truthiness of a lone operand: a path that exists, or a literal <c>true</c>.</summary>
    public bool IsTruthy(JsonNode? current, JsonNode? root)
    {
        if (!TryResolve(current, root, out var value))
        {
            return false;
        }

        if (IsLiteral)
        {
            return value is not null && value.GetValueKind() == JsonValueKind.True;
        }

        // An indefinite path that matched nothing yields an empty array: no match.
        return _path!.IsDefinite || value is not JsonArray { Count: 0 };
    }
}
