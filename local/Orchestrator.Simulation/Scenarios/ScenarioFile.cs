namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// A scenario file as written (YAML, camelCase keys); <see cref="ScenarioLoader"/> checks it and
/// turns it into a <see cref="Scenario"/>. Every field is optional except <c>traffic</c>.
/// </summary>
/// <remarks>Mutable on purpose: it is only the deserializer's target.</remarks>
public sealed class ScenarioFile
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public long? Seed { get; set; }
    public string? Horizon { get; set; }
    public Dictionary<string, string>? Stack { get; set; }
    public WorkloadSection? Workload { get; set; }
    public List<TrafficSection>? Traffic { get; set; }
    public TriggerSection? Triggers { get; set; }
    public FaultSection? Faults { get; set; }
    public CapacitySection? Capacity { get; set; }

    public sealed class CapacitySection
    {
        public string? Pool { get; set; }
        public bool? Workflows { get; set; }
        public int? SpotTarget { get; set; }
        public int? OnDemandMax { get; set; }
        public string? JobEvery { get; set; }
        public int? JobMinutes { get; set; }
        public string? JobsUntil { get; set; }
        public string? DroughtStart { get; set; }
        public string? DroughtLength { get; set; }

        /// <summary>The Spot pool's instance types (mixed instances overrides; a scenario with traffic only).</summary>
        public List<string>? InstanceTypes { get; set; }

        /// <summary>The on-demand group's instance type (a scenario with traffic only; default the first Spot type).</summary>
        public string? OnDemandInstanceType { get; set; }
    }

    public sealed class WorkloadSection
    {
        public double? SecondsPerBatch { get; set; }
        public double? SecondsPerMessage { get; set; }
        public double? FailureProbability { get; set; }
        public string? PoisonMarker { get; set; }
        public double? HangProbability { get; set; }
        public double? StartFailureProbability { get; set; }
    }

    public sealed class TrafficSection
    {
        public string? At { get; set; }
        public int? Messages { get; set; }
        public string? Over { get; set; }
        public int? Poison { get; set; }
    }

    public sealed class TriggerSection
    {
        public string? Schedule { get; set; }
        public bool? Alarm { get; set; }
    }

    public sealed class FaultSection
    {
        public List<WindowSection>? FargateSpotUnavailable { get; set; }
        public double? FargateSpotInterruptionsPerTaskHour { get; set; }
        public double? LambdaErrorProbability { get; set; }
        public double? LambdaThrottleProbability { get; set; }
        public string? LambdaColdStart { get; set; }
        public List<ApiFaultSection>? Api { get; set; }
        public List<SpotCapacitySection>? SpotCapacity { get; set; }
        public List<SpotInterruptionSection>? SpotInterruptions { get; set; }
        public double? SpotInterruptionsPerInstanceHour { get; set; }
        public string? RebalanceLead { get; set; }
        public Dictionary<string, AutoScalingFaultSection>? AutoScaling { get; set; }
        public EventDeliverySection? EventDelivery { get; set; }
    }

    public sealed class ApiFaultSection
    {
        public string? Service { get; set; }
        public string? Operation { get; set; }
        public double? Probability { get; set; }
        public string? Code { get; set; }
        public int? Status { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    public sealed class SpotCapacitySection
    {
        public string? From { get; set; }
        public string? To { get; set; }
        public string? State { get; set; }
        public string? InstanceType { get; set; }
        public string? Zone { get; set; }
        public double? Probability { get; set; }
        public bool? InterruptRunning { get; set; }
    }

    public sealed class SpotInterruptionSection
    {
        public string? At { get; set; }
        public int? Count { get; set; }
        public string? InstanceType { get; set; }
        public string? Zone { get; set; }
    }

    public sealed class AutoScalingFaultSection
    {
        public double? ScalingActivityInProgress { get; set; }
        public double? ResourceContention { get; set; }
        public double? Throttling { get; set; }
    }

    public sealed class EventDeliverySection
    {
        public double? DuplicateProbability { get; set; }
        public double? DelayedProbability { get; set; }
        public string? MaxExtraDelay { get; set; }
    }

    public sealed class WindowSection
    {
        public string? From { get; set; }
        public string? To { get; set; }
    }
}
