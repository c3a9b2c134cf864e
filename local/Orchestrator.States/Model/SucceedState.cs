using System.Text.Json.Nodes;

namespace Orchestrator.States.Model;

/// <summary>A Succeed state: ends its branch successfully (InputPath and OutputPath only).</summary>
public sealed class SucceedState : State
{
    internal SucceedState(string name, JsonObject source)
        : base(name, source)
    {
    }

    /// <inheritdoc/>
    public override StateType Type => StateType.Succeed;
}
