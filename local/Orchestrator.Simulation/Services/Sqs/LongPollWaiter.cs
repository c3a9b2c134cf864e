using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>A ReceiveMessage waiting (long polling) for messages until its deadline.</summary>
internal sealed class LongPollWaiter(ReceiveParameters parameters)
{
    public ReceiveParameters Parameters { get; } = parameters;

    public TaskCompletionSource<JsonNode> Completion { get; } = new();

    public ScheduledEvent? Deadline { get; set; }
}
