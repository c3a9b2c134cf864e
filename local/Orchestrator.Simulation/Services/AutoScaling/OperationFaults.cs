namespace Orchestrator.Simulation.Services.AutoScaling;

/// <summary>
/// Injected failures for one Auto Scaling operation: each call fails with the given probability
/// (drawn from the seeded random, in this order) before doing anything.
/// </summary>
/// <param name="ScalingActivityInProgress">Probability of ScalingActivityInProgress (400).</param>
/// <param name="ResourceContention">Probability of ResourceContention (500).</param>
/// <param name="Throttling">Probability of Throttling "Rate exceeded" (400).</param>
public sealed record OperationFaults(double ScalingActivityInProgress = 0, double ResourceContention = 0, double Throttling = 0);
