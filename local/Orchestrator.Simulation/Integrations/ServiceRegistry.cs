using Orchestrator.Simulation.Services;

namespace Orchestrator.Simulation.Integrations;

/// <summary>The simulated services of an account, by the name aws-sdk integrations use for them.</summary>
public sealed class ServiceRegistry
{
    private readonly Dictionary<string, ISimulatedService> _services = new(StringComparer.Ordinal);

    public void Add(ISimulatedService service) => _services[service.ServiceName] = service;

    public ISimulatedService? Find(string name) => _services.GetValueOrDefault(name);

    /// <summary>The operation name for an integration action: <c>receiveMessage</c> → <c>ReceiveMessage</c>.</summary>
    public static string Operation(string action) => char.ToUpperInvariant(action[0]) + action[1..];
}
