namespace Orchestrator.Simulation.Scenarios.Reading;

/// <summary>
/// On a scenario section class: a plain value written where the section is expected sets
/// <see cref="Property"/> (e.g. <c>secondsPerBatch: 20</c> is <c>secondsPerBatch: {fixed: 20}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScalarFormAttribute(string property) : Attribute
{
    /// <summary>The property a plain value sets.</summary>
    public string Property { get; } = property;
}
