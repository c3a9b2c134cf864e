namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>The three kinds of YAML node a scenario file is made of.</summary>
public enum YamlNodeKind
{
    /// <summary>A single value: text, a number, true/false, or null.</summary>
    Scalar,

    /// <summary>A list (<c>- item</c> or <c>[a, b]</c>).</summary>
    Sequence,

    /// <summary>Keys with values (<c>key: value</c> or <c>{a: 1}</c>).</summary>
    Mapping,
}
