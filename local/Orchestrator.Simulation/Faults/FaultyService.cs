using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Faults;

/// <summary>
/// A simulated service behind injected faults: a call covered by a fault fails with that fault's
/// probability before it reaches the service (so nothing changes), otherwise it goes through.
/// </summary>
/// <remarks>One random stream decides every call of the account, in call order, so a seed replays
/// the same failures.</remarks>
internal class FaultyService(ISimulatedService inner, IReadOnlyList<ApiFault> faults, Scheduler clock, SeededRandom random) : ISimulatedService
{
    /// <inheritdoc/>
    public string ServiceName => inner.ServiceName;

    /// <summary>How many calls the faults refused.</summary>
    public int Refused { get; private set; }

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request)
    {
        ThrowIfFaulted(operation);
        return inner.Invoke(operation, request);
    }

    /// <summary>Throws the first covering fault that fires for this call.</summary>
    protected void ThrowIfFaulted(string operation)
    {
        foreach (var fault in faults)
        {
            if (fault.Covers(ServiceName, operation, clock.Now) && random.NextDouble() < fault.Probability)
            {
                Refused++;
                throw ThrottlingErrors.For(fault);
            }
        }
    }
}
