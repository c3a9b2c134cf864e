namespace Orchestrator.Simulation.Models;

/// <summary>The kinds of problem <see cref="RequestValidator"/> reports.</summary>
public enum ValidationProblemKind
{
    /// <summary>A required member is absent (or null).</summary>
    Missing,

    /// <summary>A member the shape does not define.</summary>
    Unknown,

    /// <summary>A value of the wrong JSON type.</summary>
    Type,

    /// <summary>A length, size or number outside the model's min/max.</summary>
    Range,

    /// <summary>A string not among the model's enum values.</summary>
    Enum,

    /// <summary>A tagged union with other than exactly one member set.</summary>
    Union,
}
