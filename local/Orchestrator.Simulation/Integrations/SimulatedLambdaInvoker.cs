using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// The simulated Lambda service as the invoker of the engine's one <see cref="LambdaIntegration"/>,
/// so <c>simulate</c> answers Task states exactly as <c>run</c> does (issue 15: one implementation
/// of <c>lambda:invoke</c>); the service adds cold starts, latency and injected faults.
/// </summary>
public sealed class SimulatedLambdaInvoker(SimulatedLambda lambda) : ILambdaInvoker
{
    /// <inheritdoc/>
    public void Invoke(string function, JsonNode? payload, Action<LambdaInvocationResult> done) =>
        lambda.Invoke(function, payload, result => done(new LambdaInvocationResult(result.Payload, result.Error, result.Cause)));
}
