using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Scheduling;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>A rule on the event bus: an event pattern or a schedule, its state, and its targets in the order they were put.</summary>
internal sealed class EventRule
{
    public EventRule(string name, string arn) => (Name, Arn) = (name, arn);

    public string Name { get; }

    public string Arn { get; }

    public EventPattern? Pattern { get; set; }

    public ScheduleExpression? Schedule { get; set; }

    public RecurringTimer? Timer { get; set; }

    public bool Enabled { get; set; } = true;

    public string? Description { get; set; }

    /// <summary>Targets by Id, each the PutTargets entry as given (Id, Arn, Input, InputPath, InputTransformer…).</summary>
    public List<JsonObject> Targets { get; } = [];
}
