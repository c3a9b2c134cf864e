using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>One schedule: the CreateSchedule request as given, its timer, and bookkeeping.</summary>
internal sealed class ScheduleEntry(string group, string name, string arn, JsonObject definition, DateTimeOffset created)
{
    public string Group { get; } = group;

    public string Name { get; } = name;

    public string Arn { get; } = arn;

    public JsonObject Definition { get; set; } = definition;

    public DateTimeOffset Created { get; } = created;

    public DateTimeOffset Modified { get; set; } = created;

    public RecurringTimer? Timer { get; set; }

    public int Invocations { get; set; }
}
