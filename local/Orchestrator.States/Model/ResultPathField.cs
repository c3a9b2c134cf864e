using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Model;

/// <summary>
/// A <c>ResultPath</c>: absent or <c>$</c> replaces the input with the result, JSON <c>null</c>
/// discards the result and keeps the input, otherwise a reference path where the result is placed.
/// </summary>
public sealed class ResultPathField
{
    /// <summary>The default, <c>$</c>.</summary>
    public static readonly ResultPathField Replace = new(null, "$", discard: false);

    /// <summary>JSON <c>null</c>: keep the state input.</summary>
    public static readonly ResultPathField Discard = new(null, "null", discard: true);

    private readonly string _text;

    private ResultPathField(ReferencePath? path, string text, bool discard)
    {
        Path = path;
        _text = text;
        IsDiscard = discard;
    }

    /// <summary>The reference path, or null for <see cref="Replace"/> and <see cref="Discard"/>.</summary>
    public ReferencePath? Path { get; }

    /// <summary>True for JSON <c>null</c>.</summary>
    public bool IsDiscard { get; }

    /// <summary>Wraps a parsed reference path; <c>$</c> becomes <see cref="Replace"/>.</summary>
    public static ResultPathField Of(ReferencePath path, string text) =>
        text == "$" ? Replace : new ResultPathField(path, text, discard: false);

    /// <summary>Combines the state's raw input and its result.</summary>
    /// <exception cref="StatesException">States.Runtime when the path cannot be applied.</exception>
    public JsonNode? Apply(JsonNode? input, JsonNode? result)
    {
        if (IsDiscard)
        {
            return input;
        }

        return Path is null ? result : Path.Apply(input, result);
    }

    /// <inheritdoc/>
    public override string ToString() => _text;
}
