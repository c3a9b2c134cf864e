namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// A scenario file as written (YAML, camelCase keys); <see cref="ScenarioLoader"/> checks it and
/// turns it into a <see cref="Scenario"/>. Every field is optional except <c>traffic</c>.
/// </summary>
/// <remarks>Mutable on purpose: it is only the binder's target. These classes are the schema:
/// <see cref="Reading.SectionBinder"/> takes exactly their public settable properties as keys
/// (camelCase), checks each value against the property's type and records its line, so a property
/// added here is a strict key with no other change. docs/SCENARIOS.md documents every key.</remarks>
public sealed class ScenarioFile
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public long? Seed { get; set; }
    public string? Horizon { get; set; }
    public Dictionary<string, string>? Stack { get; set; }
    public Sections.QueueSection? Queue { get; set; }
    public WorkloadSection? Workload { get; set; }
    public Sections.StartupSection? Startup { get; set; }
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
        public Sections.DistributionSection? SecondsPerBatch { get; set; }
        public Sections.DistributionSection? SecondsPerMessage { get; set; }
        public double? FailureProbability { get; set; }
        public string? PoisonMarker { get; set; }
        public double? HangProbability { get; set; }
        public double? StartFailureProbability { get; set; }
    }

    /// <summary>One traffic entry: exactly one of burst, poisson, profile, replay.</summary>
    public sealed class TrafficSection
    {
        public Sections.BurstSection? Burst { get; set; }
        public Sections.PoissonSection? Poisson { get; set; }
        public Sections.ProfileSection? Profile { get; set; }
        public Sections.ReplaySection? Replay { get; set; }
        public double? PoisonShare { get; set; }
        public int? MessageSize { get; set; }
    }

    public sealed class TriggerSection
    {
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
