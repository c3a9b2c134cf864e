using System.Text.Json.Nodes;

namespace Orchestrator.States.Integrations;

/// <summary>
/// Runs a Lambda function for <see cref="LambdaIntegration"/>: in process for <c>run</c> and tests
/// (<see cref="InProcessLambdaInvoker"/>), or the simulated Lambda service for <c>simulate</c>.
/// The integration owns the Step Functions side (which form of Task, the <c>lambda:invoke</c>
/// answer shape); the invoker only runs the function.
/// </summary>
public interface ILambdaInvoker
{
    /// <summary>Invokes <paramref name="function"/> (a name or ARN); <paramref name="done"/> runs
    /// once, on the scheduler, when the invocation ends.</summary>
    void Invoke(string function, JsonNode? payload, Action<LambdaInvocationResult> done);
}
