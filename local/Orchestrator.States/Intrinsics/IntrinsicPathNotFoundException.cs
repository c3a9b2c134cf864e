using System.Text.Json.Nodes;
using Orchestrator.States.Paths;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// Raised inside evaluation when a path argument matches nothing; turned into a States.Runtime
/// <see cref="StatesException"/> by whoever knows the field being built (the payload template names it).
/// </summary>
internal sealed class IntrinsicPathNotFoundException : Exception
{
    public IntrinsicPathNotFoundException(JsonPathExpression path, JsonNode? root)
        : base($"The JSONPath '{path.Text}' could not be found in the input '{PathErrors.Json(root)}'")
    {
        Path = path;
        Root = root;
    }

    public IntrinsicPathNotFoundException()
    {
        Path = JsonPathExpression.Parse("$");
    }

    public IntrinsicPathNotFoundException(string message)
        : base(message)
    {
        Path = JsonPathExpression.Parse("$");
    }

    public IntrinsicPathNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
        Path = JsonPathExpression.Parse("$");
    }

    public JsonPathExpression Path { get; }

    public JsonNode? Root { get; }

    /// <summary>The States.Runtime error with AWS's wording for the field being built.</summary>
    public StatesException ForField(string field) =>
        new(StatesErrorNames.Runtime, PathErrors.FieldPathNotFound(Path.Text, field, Root));
}
