using System.Text.Json.Nodes;

namespace Orchestrator.States.Paths;

/// <summary>
/// A reference path (ResultPath; also the shape AWS requires of ItemsPath): <c>$</c>, <c>$.a.b</c>,
/// <c>$['a']</c>, <c>$.a[0]</c>. AWS's Paths page: only dot and bracket notation, "the operators
/// @ .. , : ? * aren't supported", no functions; and ResultPath cannot target the context object.
/// </summary>
/// <remarks>
/// <see cref="Apply"/> follows the ASL spec for ResultPath: a field at the path is overwritten,
/// otherwise it is created "with intervening fields constructed as necessary". Array elements are
/// never created, only replaced. A step through a value that is not an object (or an index outside
/// its array) cannot be applied: that raises <c>States.ReferencePathConflict</c>, the name AWS was
/// recorded reporting (cdklabs/construct-hub#459: "Unable to apply step \"catalogBuilderOutput\" to
/// input …"), with the cause of a later recording, "Unable to apply ReferencePath $.partitioned to
/// input \"…\"" (aws/aws-cdk#29473). The ASL spec's older name for this is States.ResultPathMatchFailure.
/// The error is not States.Runtime, so Retry and Catch can handle it.
/// </remarks>
public sealed class ReferencePath
{
    private readonly PathSegment[] _segments;

    private ReferencePath(string text, PathSegment[] segments)
    {
        Text = text;
        _segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>True for <c>$</c>: the value replaces the whole input.</summary>
    public bool IsRoot => _segments.Length == 0;

    /// <summary>Parses a reference path; <see cref="FormatException"/> names what is not allowed.</summary>
    public static ReferencePath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("$$", StringComparison.Ordinal))
        {
            throw new FormatException($"Invalid reference path '{path}': a reference path cannot refer to the context object ('$$').");
        }

        var compiled = JsonPathParser.ParsePath(path, out _, out var variable);
        if (variable is not null)
        {
            throw new FormatException($"Invalid reference path '{path}': a ResultPath places the result in the state input; it cannot name the variable '{variable}' (use Assign).");
        }

        if (!compiled.IsReference)
        {
            throw new FormatException(
                $"Invalid reference path '{path}': only '.name', ['name'] and [index] steps are allowed (no *, .., filters, slices or unions).");
        }

        return new ReferencePath(path, [.. compiled.Segments]);
    }

    /// <summary>Parses a reference path, returning false with a message instead of throwing.</summary>
    public static bool TryParse(string path, out ReferencePath? referencePath, out string? error)
    {
        try
        {
            referencePath = Parse(path);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            referencePath = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Returns a new document: a copy of <paramref name="input"/> with <paramref name="value"/> at this
    /// path (for <c>$</c>, the value itself). The input is not modified. A value with no parent is
    /// placed as is (the returned document owns it from then on); a value that already belongs to a
    /// document, the input included, is copied.
    /// </summary>
    /// <exception cref="StatesException">States.ReferencePathConflict when the path cannot be applied.</exception>
    public JsonNode? Apply(JsonNode? input, JsonNode? value)
    {
        if (IsRoot)
        {
            return Detached(value);
        }

        var owned = value is not null && input is not null && ReferenceEquals(value.Root, input.Root) ? value.DeepClone() : value;
        return ApplyInPlace(input?.DeepClone(), owned);
    }

    /// <summary>
    /// Like <see cref="Apply"/> but writes into <paramref name="input"/> itself and returns it, avoiding a
    /// copy when the caller owns the input and no longer needs it unchanged.
    /// </summary>
    /// <exception cref="StatesException">States.ReferencePathConflict when the path cannot be applied.</exception>
    public JsonNode? ApplyInPlace(JsonNode? input, JsonNode? value)
    {
        if (IsRoot)
        {
            return Detached(value);
        }

        // A value taken from the input itself (a Pass state without Result) must not become its own child.
        if (value is not null && input is not null && ReferenceEquals(value.Root, input.Root))
        {
            value = value.DeepClone();
        }
        else
        {
            value = Detached(value);
        }

        var node = input;
        for (var i = 0; i < _segments.Length - 1; i++)
        {
            node = Step(node, i, input);
        }

        switch (_segments[^1])
        {
            case NameSegment name when node is JsonObject obj:
                obj[name.Name] = value;
                return input;
            case IndexSegment index when node is JsonArray array && InRange(array, index.Index, out var at):
                array[at] = value;
                return input;
            default:
                throw Failure(input);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private JsonNode Step(JsonNode? node, int i, JsonNode? input)
    {
        switch (_segments[i])
        {
            case NameSegment name when node is JsonObject obj:
                if (obj.TryGetPropertyValue(name.Name, out var child) && child is JsonObject or JsonArray)
                {
                    return child!;
                }

                if (child is null)
                {
                    var created = new JsonObject();
                    obj[name.Name] = created;
                    return created;
                }

                throw Failure(input);
            case IndexSegment index when node is JsonArray array && InRange(array, index.Index, out var at)
                && array[at] is JsonObject or JsonArray:
                return array[at]!;
            default:
                throw Failure(input);
        }
    }

    private static bool InRange(JsonArray array, int index, out int at)
    {
        at = index < 0 ? array.Count + index : index;
        return at >= 0 && at < array.Count;
    }

    private static JsonNode? Detached(JsonNode? value) => value?.Parent is null ? value : value.DeepClone();

    private StatesException Failure(JsonNode? input) =>
        new(PathErrors.ReferencePathConflict, PathErrors.ResultPathNotApplicable(Text, input));
}
