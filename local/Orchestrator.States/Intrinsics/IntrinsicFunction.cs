using System.Text.Json.Nodes;

namespace Orchestrator.States.Intrinsics;

/// <summary>
/// One of the 18 intrinsics: its name, how many arguments it takes (checked when the definition is
/// read) and its body (which checks argument types when it runs).
/// </summary>
internal sealed record IntrinsicFunction(string Name, int MinArguments, int MaxArguments, Func<IntrinsicCall, JsonNode?> Body)
{
    /// <summary>Describes the accepted count for error messages ("2", "2 or 3", "at least 1").</summary>
    public string ArityText => MaxArguments == int.MaxValue
        ? $"at least {MinArguments}"
        : MinArguments == MaxArguments ? $"{MinArguments}" : $"{MinArguments} to {MaxArguments}";
}
