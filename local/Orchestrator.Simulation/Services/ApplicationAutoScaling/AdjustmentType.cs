namespace Orchestrator.Simulation.Services.ApplicationAutoScaling;

/// <summary>How a step's ScalingAdjustment is read (Application Auto Scaling API Reference, StepScalingPolicyConfiguration).</summary>
public enum AdjustmentType
{
    /// <summary>Add the adjustment to the current capacity (negative removes).</summary>
    ChangeInCapacity,

    /// <summary>Set the capacity to the adjustment.</summary>
    ExactCapacity,

    /// <summary>Change the capacity by the adjustment in percent of the current capacity.</summary>
    PercentChangeInCapacity,
}
