namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>A half-open span of virtual time [<paramref name="Start"/>, <paramref name="End"/>).</summary>
public sealed record TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>True when <paramref name="time"/> falls inside the window.</summary>
    public bool Contains(DateTimeOffset time) => time >= Start && time < End;
}
