namespace Orchestrator.Simulation.Scenarios;

/// <summary>Estimated cost in USD (us-east-1 list prices, <see cref="Orchestrator.Core.QueueDrain.CostModel"/> and EC2's per-second billing).</summary>
/// <param name="StepFunctionsShare">Step Functions' part of the total, 0..1.</param>
/// <param name="PerMillionMessages">Total per million messages processed (null when none was).</param>
public sealed record CostFigures(double Total, double Fargate, double Ec2, double StepFunctions, double Lambda, double StepFunctionsShare, double? PerMillionMessages);
