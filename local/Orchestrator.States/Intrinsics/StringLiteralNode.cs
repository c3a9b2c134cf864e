using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// A quoted string argument. Besides its unescaped value it keeps the positions of unescaped
/// <c>{}</c> pairs, because <c>States.Format</c> treats only those as placeholders (<c>\{</c> is a literal brace).
/// </summary>
/// <remarks>
/// AWS: "If an open escape backslash \ is found in the intrinsic invocation string, the interpreter
/// will throw a runtime error", so a bad escape is kept as <see cref="EscapeError"/> and raised when
/// the argument is evaluated, not when the definition is read.
/// </remarks>
internal sealed class StringLiteralNode(string value, IReadOnlyList<string> formatPieces, string? escapeError) : IntrinsicNode
{
    public string Value { get; } = value;

    /// <summary>The text split at each unescaped <c>{}</c>: n placeholders give n + 1 pieces.</summary>
    public IReadOnlyList<string> FormatPieces { get; } = formatPieces;

    public string? EscapeError { get; } = escapeError;

    public override JsonNode? Evaluate(JsonNode? input, JsonNode? context, IntrinsicContext intrinsics)
    {
        if (EscapeError is not null)
        {
            throw new StatesException(StatesErrorNames.Runtime, EscapeError);
        }

        return JsonValue.Create(Value);
    }
}
