namespace Orchestrator.Simulation.Workload;

/// <summary>The shape of a <see cref="SecondsDistribution"/>.</summary>
public enum DistributionKind
{
    /// <summary>Always the same value.</summary>
    Fixed,

    /// <summary>Uniform between a minimum and a maximum.</summary>
    Uniform,

    /// <summary>Triangular from a minimum through a mode to a maximum.</summary>
    Triangular,

    /// <summary>Log-normal given its median and the standard deviation of its logarithm.</summary>
    LogNormal,

    /// <summary>Exponential given its mean (memoryless waits, Poisson gaps).</summary>
    Exponential,
}
