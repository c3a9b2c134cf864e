using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Faults;

/// <summary>A <see cref="FaultyService"/> over a service that completes later (SQS long polling).</summary>
internal sealed class FaultyAsyncService(IAsyncSimulatedService inner, IReadOnlyList<ApiFault> faults, Scheduler clock, SeededRandom random)
    : FaultyService(inner, faults, clock, random), IAsyncSimulatedService
{
    /// <inheritdoc/>
    public Task<JsonNode> InvokeAsync(string operation, JsonObject request)
    {
        ThrowIfFaulted(operation);
        return inner.InvokeAsync(operation, request);
    }
}
