namespace Orchestrator.Core.Capacity;

/// <summary>What started a backfill or return-to-spot run, whatever the event's shape.</summary>
/// <param name="Source">alarm (EventBridge), sns, pipe or schedule.</param>
/// <param name="Start">False when the event asks for nothing (the alarm went back to OK).</param>
public sealed record CapacityTrigger(string Source, bool Start, string Reason);
