namespace Orchestrator.Simulation.Baselines;

/// <summary>The designs <c>simulate --compare</c> runs side by side (docs/COMPARE.md gives each one's rules and sources).</summary>
public enum Design
{
    /// <summary>This product: the queue-drain stack (and, with a cluster, the capacity workflows).</summary>
    Orchestrator,

    /// <summary>Seed 000: CDK QueueProcessingFargateService, step scaling on visible messages, a CPU alarm that scales to zero.</summary>
    S0,

    /// <summary>Seed 001: Fargate service with five-band step scaling on visible messages.</summary>
    S1,

    /// <summary>Seed 003: a Lambda every 5 minutes applying queue-length rules to the service.</summary>
    S3,

    /// <summary>Seed 004: Spot Fleet plus an on-demand group driven by a 1-minute Lambda (capacity scenarios).</summary>
    S4,

    /// <summary>AWS's current guidance: target tracking on backlog per task.</summary>
    BacklogTarget,
}
