namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>Settings of the simulated EventBridge Scheduler.</summary>
/// <param name="Region">Region in schedule ARNs.</param>
/// <param name="AccountId">Account in schedule ARNs.</param>
/// <param name="StopSchedulesAt">
/// Horizon: a schedule plans its next firing only when it is before this time, so
/// <c>Scheduler.Run()</c> finishes; null for none (then run the clock with an end time).
/// </param>
public sealed record SchedulerOptions(string Region = "us-east-1", string AccountId = "123456789012", DateTimeOffset? StopSchedulesAt = null);
