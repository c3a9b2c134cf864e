using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services;

/// <summary>
/// A simulated service with operations that complete later on the virtual clock (SQS long polling:
/// a ReceiveMessage with WaitTimeSeconds &gt; 0 answers when a message arrives or the wait ends).
/// </summary>
/// <remarks>
/// The integration layer prefers <see cref="InvokeAsync"/> when a service implements it. The task
/// completes from a scheduler event (never inline in the call that made a message available), and
/// faults with <see cref="AwsServiceException"/> for AWS errors. Operations that finish at once
/// return a completed task.
/// </remarks>
public interface IAsyncSimulatedService : ISimulatedService
{
    /// <summary>Runs one operation; the task completes on the virtual clock.</summary>
    Task<JsonNode> InvokeAsync(string operation, JsonObject request);
}
