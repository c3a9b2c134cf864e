using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Intrinsics;
using Orchestrator.States.Paths.Templates;

namespace Orchestrator.States.Paths;

/// <summary>
/// A payload template (Parameters, ResultSelector, ItemSelector, Map Parameters), compiled once.
/// A key ending in <c>.$</c> takes a path (<c>$…</c>, <c>$$…</c>) or an intrinsic call and loses its
/// suffix in the output; every other value is copied as written.
/// </summary>
/// <remarks>
/// <para>Parse rejects, with a <see cref="FormatException"/> naming the key and where it is: a
/// <c>.$</c> value that is not a string, not a valid path and not a valid intrinsic call; and an
/// object holding both <c>a</c> and <c>a.$</c> (they would produce the same output key).</para>
/// <para>Apply raises States.Runtime with AWS's cause ("The JSONPath '$.x' specified for the field
/// 'x.$' could not be found in the input '…'") when a path matches nothing, and
/// States.IntrinsicFailure when an intrinsic's arguments are wrong. Constant subtrees are
/// precomputed and only copied.</para>
/// </remarks>
public sealed class PayloadTemplate
{
    private readonly TemplateNode _root;

    private PayloadTemplate(TemplateNode root, bool usesContext)
    {
        _root = root;
        UsesContext = usesContext;
    }

    /// <summary>
    /// True when some <c>.$</c> value reads the context object (a <c>$$</c> path, also inside an
    /// intrinsic); when false, <see cref="Apply"/> never looks at its context argument, so the caller
    /// can pass null instead of building it.
    /// </summary>
    public bool UsesContext { get; }

    /// <summary>Compiles a template; <see cref="FormatException"/> names the offending key.</summary>
    public static PayloadTemplate Parse(JsonNode? template)
    {
        var usesContext = false;
        var root = Compile(template, string.Empty, ref usesContext);
        return new PayloadTemplate(root, usesContext);
    }

    /// <summary>Compiles a template, returning false with a message instead of throwing.</summary>
    public static bool TryParse(JsonNode? template, out PayloadTemplate? payloadTemplate, out string? error)
    {
        try
        {
            payloadTemplate = Parse(template);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            payloadTemplate = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Builds the payload: paths read <paramref name="input"/> (<c>$</c>) or <paramref name="context"/>
    /// (<c>$$</c>). The result is a new document sharing no nodes with either.
    /// </summary>
    /// <exception cref="StatesException">States.Runtime or States.IntrinsicFailure, worded as AWS does.</exception>
    public JsonNode? Apply(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics) =>
        _root.Build(input, context, intrinsics);

    private static TemplateNode Compile(JsonNode? node, string where, ref bool usesContext)
    {
        switch (node)
        {
            case JsonObject obj:
                var members = new List<KeyValuePair<string, TemplateNode>>(obj.Count);
                var dynamic = false;
                foreach (var (key, value) in obj)
                {
                    var at = $"{where}/{key}";
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        var name = key[..^2];
                        if (obj.ContainsKey(name))
                        {
                            throw new FormatException($"The fields '{name}' and '{key}' cannot both be present (at {at}): they would set the same output field.");
                        }

                        members.Add(new(name, CompileDynamic(key, value, at, ref usesContext)));
                        dynamic = true;
                    }
                    else
                    {
                        var child = Compile(value, at, ref usesContext);
                        dynamic |= child is not ConstantTemplate;
                        members.Add(new(key, child));
                    }
                }

                return dynamic ? new ObjectTemplate([.. members]) : new ConstantTemplate(obj.DeepClone());
            case JsonArray array:
                var items = new TemplateNode[array.Count];
                var anyDynamic = false;
                for (var i = 0; i < array.Count; i++)
                {
                    items[i] = Compile(array[i], $"{where}/{i}", ref usesContext);
                    anyDynamic |= items[i] is not ConstantTemplate;
                }

                return anyDynamic ? new ArrayTemplate(items) : new ConstantTemplate(array.DeepClone());
            default:
                return new ConstantTemplate(node?.DeepClone());
        }
    }

    private static TemplateNode CompileDynamic(string key, JsonNode? value, string at, ref bool usesContext)
    {
        var problem = $"The value for the field '{key}' must be a valid JSONPath or a valid intrinsic function call (at {at})";
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            throw new FormatException($"{problem}, but it is not a string.");
        }

        var text = v.GetValue<string>();
        if (text.StartsWith('$'))
        {
            if (!JsonPathExpression.TryParse(text, out var path, out var pathError))
            {
                throw new FormatException($"{problem}: {pathError}");
            }

            usesContext |= path!.IsContextPath;
            return new PathTemplate(key, path);
        }

        if (IntrinsicExpression.LooksLikeCall(text))
        {
            if (!IntrinsicExpression.TryParse(text, out var call, out var callError))
            {
                throw new FormatException($"{problem}: {callError}");
            }

            usesContext |= call!.UsesContext;
            return new IntrinsicTemplate(key, call);
        }

        throw new FormatException($"{problem}: '{text}' is neither.");
    }
}
